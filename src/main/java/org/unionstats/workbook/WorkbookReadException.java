package org.unionstats.workbook;

/**
 * Thrown when a user's workbook cannot be read, carrying the reason as a
 * {@link WorkbookProblem}.
 */
public class WorkbookReadException extends RuntimeException {

	private final WorkbookProblem problem;

	private String limitKind;

	private long limit;

	public WorkbookReadException(WorkbookProblem problem, String detail) {
		super(detail);
		this.problem = problem;
	}

	public WorkbookReadException(WorkbookProblem problem, String detail, Throwable cause) {
		super(detail, cause);
		this.problem = problem;
	}

	/**
	 * A file over a limit.
	 * @param limitKind which limit: {@code size}, {@code rows} or {@code strings}
	 * @param limit the limit
	 */
	public static WorkbookReadException tooLarge(String limitKind, long limit, String detail) {
		WorkbookReadException ex = new WorkbookReadException(WorkbookProblem.TOO_LARGE, detail);
		ex.limitKind = limitKind;
		ex.limit = limit;
		return ex;
	}

	public WorkbookProblem problem() {
		return this.problem;
	}

	/**
	 * Which limit was exceeded ({@code size}, {@code rows}, {@code strings}), or
	 * {@code null}.
	 */
	public String limitKind() {
		return this.limitKind;
	}

	public long limit() {
		return this.limit;
	}

}
