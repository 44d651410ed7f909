import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import StrataApp

/// The web UI: the live report at `/` and the pages around it, for people with a browser.
///
/// A person signs in with an API token, which the server keeps in an `HttpOnly`,
/// `SameSite=Strict` cookie: no script can read it and no other site can send it, and a form
/// posted from another origin is refused besides. Pages are rendered by the application layer,
/// one at a time at the moment asked for; the server only caches them (``LivePageCache``) and
/// turns answers into responses.
struct WebPages: Sendable {
    let store: StrataStore
    let api: API
    let cache = LivePageCache()

    static let cookie = "strata_token"
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    func register(on router: Router<ServerContext>) {
        // The slider's timeline at the head, read while the server waits for its first visitor.
        Task { [cache, store] in await cache.warm(store) }
        router.get("/") { request, context in await index(request, context) }
        router.get("/index.html") { request, context in await index(request, context) }
        router.get("/decisions/:id") { request, context in
            await page(request, context, "decisions/" + (context.parameters.get("id") ?? ""))
        }
        router.get("/measurements/:id") { request, context in
            await page(request, context, "measurements/" + (context.parameters.get("id") ?? ""))
        }
        router.get("/log") { request, context in await page(request, context, "log") }
        router.get("/audit") { request, context in await page(request, context, "audit") }
        // The front page's moving parts at a valid time, which the slider's script fetches.
        router.get("/moving.html") { request, context in await page(request, context, "moving.html") }
        router.get("/strata.css") { _, _ in await asset("strata.css") }
        router.get("/strata.js") { _, _ in await asset("strata.js") }
        router.get("/sign-in") { _, _ in Self.html(.ok, StrataStore.liveSignInPage()) }
        router.post("/sign-in") { request, context in await signIn(request, context) }
        router.post("/sign-out") { request, _ in
            guard Self.sameOrigin(request) else { return Self.html(.forbidden, StrataStore.liveRefusalPage("the form came from another site", back: "/")) }
            var headers = HTTPFields()
            headers[.location] = "/sign-in"
            headers[.setCookie] = "\(Self.cookie)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"
            return Response(status: .seeOther, headers: headers)
        }
        router.get("/search") { request, context in
            await signedIn(request, context, needing: .reader) { _ in
                // A form's GET writes spaces as `+`, which only form decoding turns back into spaces.
                let fields = WebForm.fields(request.uri.query ?? "")
                return Self.html(.ok, try store.liveSearchPage(fields["q"] ?? "", at: LiveMoment(fields: fields)))
            }
        }
        router.get("/diff") { request, context in
            await signedIn(request, context, needing: .reader) { _ in
                let fields = WebForm.fields(request.uri.query ?? "")
                return Self.html(.ok, try store.liveDiffPage(from: fields["from"] ?? "", to: fields["to"] ?? "", at: LiveMoment(fields: fields)))
            }
        }
        router.get("/reviews/waiting") { request, context in
            await signedIn(request, context, needing: .reader) { token in
                Self.html(.ok, try store.liveWaitingPage(for: token.actor, at: LiveMoment(fields: WebForm.fields(request.uri.query ?? ""))))
            }
        }
        router.post("/decisions/:id/review") { request, context in await review(request, context) }
        router.get("/advisor") { request, context in
            await signedIn(request, context, needing: .reader) { _ in
                Self.html(.ok, StrataStore.liveAdvisorPage(at: LiveMoment(fields: WebForm.fields(request.uri.query ?? ""))))
            }
        }
        router.post("/advisor") { request, context in await advisor(request, context) }
    }

    /// The front page, at the moment the address names (`?asOf=&validAt=`), like every page.
    private func index(_ request: Request, _ context: ServerContext) async -> Response {
        await page(request, context, "index.html")
    }

    /// The page at `path` at the moment its address names, rendered alone and cached.
    private func page(_ request: Request, _ context: ServerContext, _ path: String) async -> Response {
        await signedIn(request, context, needing: .reader) { _ in
            let moment = LiveMoment(fields: WebForm.fields(request.uri.query ?? ""))
            guard let file = try await cache.page(path, at: moment, of: store) else {
                return Self.html(.notFound, StrataStore.liveRefusalPage("no page \(path) here", back: "/"))
            }
            return Self.html(.ok, file.body, type: file.mediaType)
        }
    }

    private func asset(_ path: String) async -> Response {
        do {
            guard let file = try await cache.page(path, at: .head, of: store) else { return Response(status: .notFound) }
            return Self.html(.ok, file.body, type: file.mediaType)
        } catch {
            return Response(status: .serviceUnavailable)
        }
    }

    /// Runs `body` for the signed-in token with at least `needed`; anyone else is sent to sign in.
    private func signedIn(
        _ request: Request, _ context: ServerContext, needing needed: TokenRole, _ body: (APIToken) async throws -> Response
    ) async -> Response {
        do {
            guard let secret = Self.cookieValue(request), let token = try store.authenticate(secret: secret) else {
                var headers = HTTPFields()
                headers[.location] = "/sign-in"
                return Response(status: .seeOther, headers: headers)
            }
            guard token.role.permits(needed) else {
                return Self.html(.forbidden, StrataStore.liveRefusalPage("the token \(token.name) is a \(token.role.rawValue) and cannot do this", back: "/"))
            }
            return try await body(token)
        } catch let error as AppError {
            return Self.html(APIError.status(of: error), StrataStore.liveRefusalPage(error.message, back: "/"))
        } catch {
            return Self.html(.internalServerError, StrataStore.liveRefusalPage("\(error)", back: "/"))
        }
    }

    private func signIn(_ request: Request, _ context: ServerContext) async -> Response {
        var request = request
        if await api.failures.isBlocked(context.clientKey) {
            return Self.html(.tooManyRequests, StrataStore.liveSignInPage(problem: "too many failed sign-ins from this address; wait a minute"))
        }
        guard Self.sameOrigin(request) else { return Self.html(.forbidden, StrataStore.liveSignInPage(problem: "the form came from another site")) }
        let fields = WebForm.fields(String(buffer: (try? await request.collectBody(upTo: 16 << 10)) ?? ByteBuffer()))
        let secret = (fields["token"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !secret.isEmpty, let token = try? store.authenticate(secret: secret) else {
            await api.failures.recordFailure(context.clientKey)
            return Self.html(.unauthorized, StrataStore.liveSignInPage(problem: "that token is unknown or revoked"))
        }
        context.logger.info("signed in", metadata: ["actor": .string(token.actor)])
        var headers = HTTPFields()
        headers[.location] = "/"
        headers[.setCookie] = "\(Self.cookie)=\(secret); Path=/; HttpOnly; SameSite=Strict"
        return Response(status: .seeOther, headers: headers)
    }

    private func review(_ request: Request, _ context: ServerContext) async -> Response {
        let id = context.parameters.get("id") ?? ""
        let back = "/decisions/\(id.lowercased()).html"
        guard Self.sameOrigin(request) else { return Self.html(.forbidden, StrataStore.liveRefusalPage("the form came from another site", back: back)) }
        return await signedIn(request, context, needing: .writer) { token in
            var request = request
            let fields = WebForm.fields(String(buffer: try await request.collectBody(upTo: 64 << 10)))
            guard let verdict = fields["verdict"].flatMap(ReviewVerdict.init(rawValue:)) else {
                return Self.html(.badRequest, StrataStore.liveRefusalPage("choose Approve or Request changes", back: back))
            }
            do throws(AppError) {
                ServerMetrics.recordChange(try store.review(id, verdict, comment: fields["comment"] ?? "", Recording(actor: token.actor)))
            } catch {
                return Self.html(APIError.status(of: error), StrataStore.liveRefusalPage(error.message, back: back))
            }
            var headers = HTTPFields()
            headers[.location] = back
            return Response(status: .seeOther, headers: headers)
        }
    }

    /// The advisor's form, posted: only a reader's right, since nothing is recorded.
    private func advisor(_ request: Request, _ context: ServerContext) async -> Response {
        guard Self.sameOrigin(request) else { return Self.html(.forbidden, StrataStore.liveRefusalPage("the form came from another site", back: "/advisor")) }
        return await signedIn(request, context, needing: .reader) { _ in
            var request = request
            let values = WebForm.values(String(buffer: try await request.collectBody(upTo: 64 << 10)))
            return Self.html(.ok, StrataStore.liveAdvisorPage(values, at: LiveMoment(fields: WebForm.fields(request.uri.query ?? ""))))
        }
    }

    /// A form may be posted only from this server's own pages: a browser names the page's origin,
    /// which must be the host the request was sent to (a request without one is not a browser's).
    static func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }

    static func cookieValue(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                if parts.count == 2, parts[0] == cookie { return String(parts[1]) }
            }
        }
        return nil
    }

    static func html(_ status: HTTPResponse.Status, _ body: String, type: String = "text/html; charset=utf-8") -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentSecurityPolicy] = LiveSite.contentSecurityPolicy
        headers[.xContentTypeOptions] = "nosniff"
        headers[Self.referrerPolicy] = "same-origin"
        headers[.cacheControl] = "no-store"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

