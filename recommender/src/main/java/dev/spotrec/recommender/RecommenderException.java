package dev.spotrec.recommender;

/**
 * The one unchecked exception family of the recommender module: bad input (unknown model name,
 * invalid setting, malformed model directory) and misuse (recommending before fitting). Messages
 * name the input and say what to do.
 */
public class RecommenderException extends RuntimeException {

    /** Creates an exception with a message that names the input and what to do. */
    public RecommenderException(String message) {
        super(message);
    }

    /** Creates an exception wrapping a lower-level cause (for example an I/O error). */
    public RecommenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
