package dev.labcrew.core.policy;

/** A field of the policy that holds something the policy cannot use; becomes a {@code BAD_INPUT} failure. */
final class PolicyError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    PolicyError(String field, String problem) {
        super(problem);
        this.field = field;
    }

    String field() {
        return field;
    }
}
