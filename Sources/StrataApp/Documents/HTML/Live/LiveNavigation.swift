/// The bar on top of every served page: a search box, the review queue, signing out.
enum LiveNavigation {
    /// `root` is the relative path back to the site's top, as on the report's pages.
    static func bar(root: String) -> String {
        """
        <nav class="live" aria-label="Site">
        <a href="\(root)index.html">Architecture</a>
        <a href="\(root)log">Log</a>
        <a href="\(root)audit">Audit</a>
        <form class="search" action="\(root)search" method="get" role="search">
        <label for="site-search">Search decisions</label>
        <input id="site-search" name="q" type="search" required>
        <button type="submit">Search</button>
        </form>
        <a href="\(root)diff">Changes</a>
        <a href="\(root)advisor">Advisor</a>
        <a href="\(root)reviews/waiting">Waiting on me</a>
        <form class="sign-out" action="\(root)sign-out" method="post"><button type="submit">Sign out</button></form>
        </nav>
        """
    }
}
