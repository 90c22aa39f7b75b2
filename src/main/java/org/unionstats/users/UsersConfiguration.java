package org.unionstats.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder: Spring Security's delegating one, bcrypt for new passwords, and
 * any of its known hashes ({@code {argon2}}, ...) accepted when stored. Lazy, like the
 * accounts: only the console and the {@code user} command use them, and making it looks
 * up every security provider of the JDK (a tenth of a second of a one-shot pass).
 */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

	@Bean
	@Lazy
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
