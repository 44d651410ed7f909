import StrataApp
import Testing

/// ADR text is written by anyone who can propose: its Markdown renders, but raw HTML and unsafe
/// URLs come out as text, whatever shape the attack takes.
@Suite struct SafeMarkdownTests {
    @Test("Markdown renders", arguments: [
        ("Use *SQLite* for **now**", "<p>Use <em>SQLite</em> for <strong>now</strong></p>"),
        ("- one\n- two", "<ul><li>one</li><li>two</li></ul>"),
        ("`a<b`", "<p><code>a&lt;b</code></p>"),
        ("# Why", "<h3>Why</h3>"),
        ("***bold and italic***", "<p><strong><em>bold and italic</em></strong></p>"),
        ("**outer *inner* outer**", "<p><strong>outer <em>inner</em> outer</strong></p>"),
        ("[docs](https://example.com/a?b=1&c=2)", #"<p><a href="https://example.com/a?b=1&amp;c=2">docs</a></p>"#),
        ("[see](#adr-3) and [rel](../x.html)", ##"<p><a href="#adr-3">see</a> and <a href="../x.html">rel</a></p>"##),
        ("[mail](mailto:ops@example.com)", #"<p><a href="mailto:ops@example.com">mail</a></p>"#),
        // Ink writes an image alone on its line without a paragraph.
        ("![chart](img/p99.png)", #"<img src="img/p99.png" alt="chart">"#),
        ("See ![chart](img/p99.png)", #"<p>See <img src="img/p99.png" alt="chart"></p>"#),
    ])
    func rendersMarkdown(markdown: String, html: String) {
        #expect(SafeMarkdown.html(markdown) == html)
    }

    @Test("Raw HTML is text", arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
        ("Before <b onmouseover=\"x()\">bold</b> after", "<p>Before &lt;b onmouseover=&quot;x()&quot;&gt;bold&lt;/b&gt; after</p>"),
        ("<iframe src=\"https://evil.example\"></iframe>", "&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;"),
    ])
    func escapesRawHTML(markdown: String, html: String) {
        #expect(SafeMarkdown.html(markdown) == html)
    }

    @Test("Unsafe URLs keep only their text", arguments: [
        ("[x](javascript:alert(1))", "<p>x</p>"),
        ("[x](JavaScript:alert(1))", "<p>x</p>"),
        ("[x](java\tscript:alert(1))", "<p>x</p>"),
        ("[x]( vbscript:msgbox)", "<p>x</p>"),
        ("![](data:image/svg+xml;base64,PHN2Zz4=)", ""),
        ("![pic](data:text/html,<script>alert(1)</script>)", "pic"),
        ("Look: ![pic](data:text/html;base64,PHNjcmlwdD4=)", "<p>Look: pic</p>"),
        ("[x][evil]\n\n[evil]: javascript:alert(1)", "<p>x</p>"),
        ("[*styled*](javascript:void(0))", "<p><em>styled</em></p>"),
    ])
    func dropsUnsafeURLs(markdown: String, html: String) {
        #expect(SafeMarkdown.html(markdown) == html)
    }

    @Test("A quote in a URL cannot open an attribute")
    func quotesInURLsStayInTheAttribute() {
        let html = SafeMarkdown.html(#"[x](https://a.example/"onmouseover="alert(1))"#)
        #expect(html == #"<p><a href="https://a.example/&quot;onmouseover=&quot;alert(1)">x</a></p>"#)
        let image = SafeMarkdown.html(#"![a" onerror="alert(1)](p.png)"#)
        #expect(image == #"<img src="p.png" alt="a&quot; onerror=&quot;alert(1)">"#)
    }

    @Test("Autolinks and entities stay text")
    func autolinksAndEntities() {
        // `<https://…>` is HTML to Ink: it is shown as written, never a link.
        #expect(SafeMarkdown.html("<https://example.com>") == "&lt;https://example.com&gt;")
        #expect(SafeMarkdown.html("<javascript:alert(1)>") == "&lt;javascript:alert(1)&gt;")
        // Ink keeps an entity as written: the browser shows the character it names, as text.
        #expect(SafeMarkdown.html("&lt;script&gt; &#x3C;b&#x3E;") == "<p>&lt;script&gt; &#x3C;b&#x3E;</p>")
        #expect(SafeMarkdown.html("[x](javascript&#58;alert(1))") == #"<p><a href="javascript&amp;#58;alert(1)">x</a></p>"#)
    }

    @Test("A code block's language cannot add markup")
    func codeBlockLanguage() {
        let html = SafeMarkdown.html("```\"><script>alert(1)</script>\nlet a = 1 < 2\n```")
        #expect(html == "<pre><code>let a = 1 &lt; 2\n</code></pre>")
    }

    @Test("One line renders without its paragraph")
    func inlineDropsTheParagraph() {
        #expect(SafeMarkdown.inline("fast *enough*") == "fast <em>enough</em>")
        #expect(SafeMarkdown.inline("<b>x</b>") == "&lt;b&gt;x&lt;/b&gt;")
        #expect(SafeMarkdown.inline("") == "")
    }

    @Test("URL schemes", arguments: [
        ("https://x", true), ("HTTP://x", true), ("mailto:a@b", true), ("/abs", true), ("rel/a:b", true), ("#frag", true), ("?q=1", true),
        ("javascript:x", false), (" javascript:x", false), ("\u{1}javascript:x", false), ("data:x", false), ("vbscript:x", false), ("file:///etc", false),
    ])
    func schemes(url: String, safe: Bool) {
        #expect(SafeMarkdown.isSafeURL(url) == safe)
    }
}
