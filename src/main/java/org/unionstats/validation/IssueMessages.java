package org.unionstats.validation;

@org.springframework.stereotype.Component
public class IssueMessages {

	public Issue issue(IssueCode code, String sheet, String cellRef, Integer row, String column, String value,
			Object... args) {
		return null;
	}

}
