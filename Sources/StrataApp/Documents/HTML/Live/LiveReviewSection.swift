/// A proposal's review standing on its served page, with the form that records a review.
enum LiveReviewSection {
    static func render(_ status: ReviewStatus) -> String {
        let e = HTMLEscaping.escape
        let reviews = status.reviews.map { review in
            "<li><span class=\"verdict verdict-\(HTMLEscaping.token(review.verdict))\">\(e(review.verdict))</span> by \(e(review.by)), "
                + "\(e(String(review.recordedAt.prefix(10))))\(review.comment.isEmpty ? "" : ": " + e(review.comment))</li>"
        }
        let standing = status.quorumMet
            ? "<p class=\"quorum met\">Ready to accept: \(e(status.policy)).</p>"
            : "<p class=\"quorum missing\">Not ready: \(e(status.missing ?? status.policy)).</p>"
        return """
            <section class="review" aria-labelledby="review-heading">
            <h2 id="review-heading">Review</h2>
            <p>Policy: \(e(status.policy))\(status.revision > 0 ? "; reviews of the text before its last amendment no longer count" : "").</p>
            \(reviews.isEmpty ? "<p>No reviews of the current text yet.</p>" : "<ul class=\"reviews\">\(reviews.joined())</ul>")
            \(standing)
            <form class="review-form" action="../decisions/\(e(status.id))/review" method="post">
            <label for="review-comment">Comment (needed to ask for changes)</label>
            <textarea id="review-comment" name="comment" rows="3"></textarea>
            <button type="submit" name="verdict" value="approved">Approve</button>
            <button type="submit" name="verdict" value="changes-requested">Request changes</button>
            </form>
            </section>
            """
    }
}
