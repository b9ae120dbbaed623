package io.github.soc2kit.core.history;

/**
 * Evidence in git that a version was approved.
 *
 * @param kind {@code pull-request} (the merge commit of a pull request) or {@code trailer} (an {@code Approved-by:}
 *     trailer in the commit message)
 * @param reference the pull request ({@code #42}) or the approver as written ({@code Ana Lima <ana@tiny.example>})
 */
public record Approval(String kind, String reference) {

    public static final String PULL_REQUEST = "pull-request";
    public static final String TRAILER = "trailer";

    /** For messages: "pull request #42" or "Approved-by: Ana Lima <ana@tiny.example>". */
    public String describe() {
        return kind.equals(PULL_REQUEST) ? "pull request " + reference : "Approved-by: " + reference;
    }
}
