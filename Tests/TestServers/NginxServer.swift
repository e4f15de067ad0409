import Foundation
import TestFiles
import TestProcesses
import Testing

/// nginx from Debian's packages on free loopback ports, serving files the test writes, with a
/// configuration of the test's own: gzip for text, ETags, redirects (one, a loop, chains, one
/// to a `file:` URL), error statuses, and TLS with HTTP/2 when given a certificate. Stopped
/// when the object goes.
public final class NginxServer {
    public static let binary = "/usr/sbin/nginx"

    /// The folder of the configuration, logs and files; pages are under `www/`.
    public let folder: ScratchFolder
    /// The plain HTTP port.
    public let port: Int
    /// The TLS port (HTTP/2 and HTTP/1.1), when a certificate was given.
    public let tlsPort: Int?
    private let child: ChildProcess

    /// `http://127.0.0.1:PORT`.
    public var base: String { "http://127.0.0.1:\(port)" }
    /// `https://127.0.0.1:PORT` of the TLS port.
    public var tlsBase: String { "https://127.0.0.1:\(tlsPort ?? 0)" }

    /// Serves `pages` (path under the root → content); nil, with a recorded issue, when nginx
    /// is missing or does not start. `certificate` adds the TLS port.
    public init?(pages: [String: String], certificate: TestCertificate? = nil) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            Issue.record("nginx is not installed (\(Self.binary)): scripts/deps installs Debian's nginx; the network tests need it")
            return nil
        }
        folder = try ScratchFolder()
        for (path, content) in pages { try folder.file("www/" + path, content) }
        try folder.file("www/chain/0", "<html><head><title>End of the chain</title></head><body><p>The chain ends here, at last, after every redirect in it.</p></body></html>")
        try FileManager.default.createDirectory(atPath: folder.path + "/tmp", withIntermediateDirectories: true)
        var started: (ChildProcess, Int, Int?)?
        for _ in 0..<5 where started == nil {
            guard let port = LoopbackPort.free() else { continue }
            let tlsPort = certificate == nil ? nil : LoopbackPort.free()
            try folder.file("nginx.conf", Self.configuration(folder.path, port: port, tlsPort: tlsPort, certificate: certificate))
            let child = try ChildProcess(
                Self.binary, ["-c", folder.path + "/nginx.conf", "-e", folder.path + "/error.log"],
                output: folder.path + "/stdout.log", errors: folder.path + "/stderr.log")
            if LoopbackPort.waitUntilAccepting(port, while: { child.isRunning }),
                tlsPort.map({ LoopbackPort.waitUntilAccepting($0, while: { child.isRunning }) }) ?? true
            {
                started = (child, port, tlsPort)
            } else {
                child.signal(SIGKILL)
                child.wait(timeout: 10)
            }
        }
        guard let (child, port, tlsPort) = started else {
            let log = (try? String(contentsOfFile: folder.path + "/error.log", encoding: .utf8)) ?? ""
            Issue.record("nginx did not start: \(log)")
            return nil
        }
        self.child = child
        self.port = port
        self.tlsPort = tlsPort
    }

    deinit {
        child.signal(SIGKILL)
        child.wait(timeout: 10)
    }

    /// Writes (or replaces) a page under the root.
    public func write(_ path: String, _ content: String) throws {
        try folder.file("www/" + path, content)
    }

    /// The access log: one line per request,
    /// `METHOD URI PROTOCOL STATUS bytes=N ua=UA ae=ACCEPT-ENCODING gzip=RATIO` (`gzip=-` when sent
    /// uncompressed).
    public var accessLog: [String] {
        let text = (try? String(contentsOfFile: folder.path + "/access.log", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    private static func configuration(_ root: String, port: Int, tlsPort: Int?, certificate: TestCertificate?) -> String {
        let chain = (1...12).map { "location = /chain/\($0) { return 302 /chain/\($0 - 1); }" }.joined(separator: "\n        ")
        let tls = tlsPort.map { tlsPort in
            """
            server {
                    listen 127.0.0.1:\(tlsPort) ssl http2;
                    ssl_certificate \(certificate?.certificate ?? "");
                    ssl_certificate_key \(certificate?.key ?? "");
                    root \(root)/www;
                }
            """
        } ?? ""
        return """
            master_process off;
            daemon off;
            pid \(root)/nginx.pid;
            error_log \(root)/error.log;
            events { worker_connections 256; }
            http {
                types { text/html html; text/plain txt; text/markdown md; image/png png; application/rss+xml rss; application/xml xml; }
                default_type text/html;
                log_format folio '$request_method $request_uri $server_protocol $status bytes=$bytes_sent ua=$http_user_agent ae=$http_accept_encoding gzip=$gzip_ratio';
                access_log \(root)/access.log folio;
                client_body_temp_path \(root)/tmp;
                proxy_temp_path \(root)/tmp;
                fastcgi_temp_path \(root)/tmp;
                uwsgi_temp_path \(root)/tmp;
                scgi_temp_path \(root)/tmp;
                gzip on;
                gzip_min_length 1;
                gzip_types text/plain text/markdown application/rss+xml;
                server {
                    listen 127.0.0.1:\(port);
                    root \(root)/www;
                    location = /moved { return 301 /a.html; }
                    location = /moved-feed { return 308 /feed.rss; }
                    location = /loop-a { return 302 /loop-b; }
                    location = /loop-b { return 302 /loop-a; }
                    location = /to-file { return 302 file:///etc/passwd; }
                    location = /status/410 { return 410; }
                    location = /status/500 { return 500; }
                    location = /status/503 { return 503; }
                    \(chain)
                }
                \(tls)
            }
            """
    }
}
