import Foundation
import TestProcesses
import Testing

/// A self-signed certificate, by default for 127.0.0.1, localhost and pages.invalid (reached
/// through a proxy), made by openssl in a scratch folder.
public struct TestCertificate {
    /// The certificate (its own CA), PEM.
    public let certificate: String
    /// Its private key, PEM.
    public let key: String

    /// Makes one in `folder`, for `names` (subjectAltName entries); records an issue and
    /// returns nil when openssl is missing or fails.
    public static func make(in folder: String, names: String = "IP:127.0.0.1,DNS:localhost,DNS:pages.invalid") throws -> TestCertificate? {
        let openssl = "/usr/bin/openssl"
        guard FileManager.default.isExecutableFile(atPath: openssl) else {
            Issue.record("openssl is missing (\(openssl)): install it with scripts/deps")
            return nil
        }
        let made = TestCertificate(certificate: folder + "/cert.pem", key: folder + "/key.pem")
        let errors = try ScratchFile()
        let child = try ChildProcess(openssl, [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", made.key, "-out", made.certificate, "-days", "2", "-subj", "/CN=folio test",
            "-addext", "subjectAltName=" + names,
        ], errors: errors.path)
        guard child.wait(timeout: 60) == 0 else {
            Issue.record("openssl could not make a certificate: \(errors.text)")
            return nil
        }
        return made
    }
}
