package org.unionstats.console;

import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; Spring Security takes the form's POST.
 */
@ConsoleController
class LoginController {

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

}
