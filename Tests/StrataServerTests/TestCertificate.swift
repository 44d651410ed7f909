import Foundation
import StrataTestSupport

/// A throwaway self-signed certificate for 127.0.0.1 and localhost, made with `openssl` in a
/// test's directory (a P-256 key: quick to generate, and what a small deployment would use).
struct TestCertificate {
    let certificate: String
    let key: String

    init(in directory: TemporaryDirectory, named name: String = "server") throws {
        certificate = directory.path("\(name).crt")
        key = directory.path("\(name).key")
        let result = try RunningServer.run("/usr/bin/openssl", [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
            "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout", key, "-out", certificate,
        ], in: directory)
        guard result.status == 0 else { throw ServerFailure(message: "openssl could not make a certificate: \(result)") }
    }

    /// The server's flags for it.
    var serverArguments: [String] { ["--tls-cert", certificate, "--tls-key", key] }
    /// What curl needs to trust it.
    var curlArguments: [String] { ["--cacert", certificate] }
}
