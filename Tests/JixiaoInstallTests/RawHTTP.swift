import Foundation
#if canImport(Glibc)
    import Glibc
    let streamSocket = Int32(SOCK_STREAM.rawValue)
#elseif canImport(Darwin)
    import Darwin
    let streamSocket = SOCK_STREAM
#endif

/// A minimal HTTP/1.1 client on a plain socket, so tests can send paths exactly as written
/// (URLSession would normalise `..` away) and read an event stream as it arrives.
enum RawHTTP {
    /// A response: status code, header text, body.
    struct Reply {
        let status: Int
        let head: String
        let body: String
    }

    enum Failure: Error { case connect, timeout, malformed }

    /// Opens a connection to 127.0.0.1:`port` with a receive timeout.
    static func open(port: Int, timeout: Double) throws -> Int32 {
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw Failure.connect }
        var tv = timeval()
        tv.tv_sec = .init(Int(timeout))
        tv.tv_usec = .init((timeout - Double(Int(timeout))) * 1_000_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(fd); throw Failure.connect }
        return fd
    }

    /// Sends a GET for `path` exactly as given.
    static func send(_ fd: Int32, path: String) {
        let request = "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        _ = request.withCString { write(fd, $0, strlen($0)) }
    }

    /// Reads until the connection closes, `stop` is true of what arrived, or the timeout.
    static func receive(_ fd: Int32, until stop: (String) -> Bool = { _ in false }) -> String {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
            if stop(String(decoding: data, as: UTF8.self)) { break }
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// GET `path`; the whole response.
    static func get(port: Int, _ path: String, timeout: Double = 30) throws -> Reply {
        let fd = try open(port: port, timeout: timeout)
        defer { close(fd) }
        send(fd, path: path)
        let text = receive(fd)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure.malformed }
        let head = String(text[..<split.lowerBound])
        let parts = head.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { throw Failure.malformed }
        return Reply(status: status, head: head, body: String(text[split.upperBound...]))
    }
}
