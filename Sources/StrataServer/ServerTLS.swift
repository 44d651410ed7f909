import Foundation
import NIOSSL
import StrataApp

/// The certificate chain and private key that `--tls-cert` and `--tls-key` name, loaded and
/// checked against each other before the store is opened or a port is bound.
///
/// Every failure is one ``AppError`` with a code of its own, so `strata-server` ends with one
/// line, `error: MESSAGE [CODE]`, and status 2, having started nothing: a supervisor that
/// restarts the server on a bad certificate sees why at once instead of a port that never opens.
enum ServerTLS {
    /// The codes a TLS set-up failure carries; stable, so scripts can match on them.
    enum Codes {
        static let certificateNotFound = AppError.Code("tls-cert-not-found", .notFound)
        static let keyNotFound = AppError.Code("tls-key-not-found", .notFound)
        static let certificateUnreadable = AppError.Code("tls-cert-unreadable", .input)
        static let keyUnreadable = AppError.Code("tls-key-unreadable", .input)
        static let certificateInvalid = AppError.Code("tls-cert-invalid", .input)
        static let keyInvalid = AppError.Code("tls-key-invalid", .input)
        static let keyMismatch = AppError.Code("tls-key-mismatch", .input)
    }

    /// A server configuration for the PEM files at `certificate` (the leaf first, then any
    /// intermediates) and `key` (unencrypted).
    ///
    /// - Throws: ``AppError`` with one of ``Codes``: a file missing or unreadable, a file that is
    ///   not PEM of its kind, or a key that is not the certificate's.
    static func configuration(certificate: String, key: String) throws(AppError) -> TLSConfiguration {
        let chain = try certificates(at: certificate)
        let privateKey = try privateKey(at: key)
        let configuration = TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(privateKey))
        // BoringSSL refuses a key whose public half is not the leaf certificate's when the
        // context is made: making one here is the check, before anything listens.
        do {
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw AppError(Codes.keyMismatch, "the private key \(key) does not belong to the certificate \(certificate)",
                           remedy: .advice("pass the key the certificate was issued for"))
        }
        return configuration
    }

    private static func certificates(at path: String) throws(AppError) -> [NIOSSLCertificate] {
        let bytes = try contents(of: path, what: "certificate", notFound: Codes.certificateNotFound, unreadable: Codes.certificateUnreadable)
        guard let chain = try? NIOSSLCertificate.fromPEMBytes(bytes), !chain.isEmpty else {
            throw AppError(Codes.certificateInvalid, "\(path) holds no PEM certificate", remedy: .advice("pass a file that begins with -----BEGIN CERTIFICATE-----"))
        }
        return chain
    }

    private static func privateKey(at path: String) throws(AppError) -> NIOSSLPrivateKey {
        let bytes = try contents(of: path, what: "private key", notFound: Codes.keyNotFound, unreadable: Codes.keyUnreadable)
        guard let key = try? NIOSSLPrivateKey(bytes: bytes, format: .pem) else {
            throw AppError(Codes.keyInvalid, "\(path) holds no unencrypted PEM private key",
                           remedy: .advice("pass a file that begins with -----BEGIN PRIVATE KEY----- (decrypt it with 'openssl pkey' first)"))
        }
        return key
    }

    private static func contents(of path: String, what: String, notFound: AppError.Code, unreadable: AppError.Code) throws(AppError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw AppError(notFound, "the TLS \(what) \(path) does not exist", remedy: .advice("check the path"))
        }
        guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw AppError(unreadable, "the TLS \(what) \(path) cannot be read", remedy: .advice("make it a file this user may read"))
        }
        return Array(data)
    }
}
