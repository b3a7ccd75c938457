import Glibc
import SanctionsSupport
import Synchronization

/// A minimal HTTP/1.1 server on 127.0.0.1 (ephemeral port) for tests: each
/// path has a behaviour (serve bytes, 404, a body cut short, or a slow drip).
/// One thread accepts connections; each connection gets its own thread and
/// is closed after one response.
final class LocalHTTPServer: Sendable {
  /// What the server does for a path.
  enum Behaviour: Sendable {
    /// 200 with these bytes.
    case bytes([UInt8])
    /// 404 with a small HTML body.
    case notFound
    /// 200 announcing `declaredLength` bytes, then only these bytes and the
    /// connection closed (a transfer cut short).
    case truncated([UInt8], declaredLength: Int)
    /// 200 with these bytes, sent `chunk` bytes at a time with a pause
    /// between chunks (so a test can kill the client mid-download).
    case drip([UInt8], chunk: Int, pauseMicroseconds: UInt32)
  }

  /// The port it listens on.
  let port: UInt16
  private let listener: Int32
  private let routes: Mutex<[String: Behaviour]>
  private let stopping = AtomicFlag()
  private let acceptThread: Mutex<pthread_t?> = Mutex(nil)
  /// Requests served, by path (for assertions).
  private let requests = Mutex<[String]>([])

  /// `http://127.0.0.1:<port>`.
  var baseURL: String { "http://127.0.0.1:\(port)" }

  /// Starts listening and serving `routes` (path → behaviour; other paths get 404).
  init(routes: [String: Behaviour]) {
    self.routes = Mutex(routes)
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    precondition(fd >= 0, "socket: \(FileSystem.describe(errno: errno))")
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    precondition(bound == 0, "bind: \(FileSystem.describe(errno: errno))")
    precondition(listen(fd, 64) == 0, "listen: \(FileSystem.describe(errno: errno))")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let named = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    precondition(named == 0, "getsockname: \(FileSystem.describe(errno: errno))")
    listener = fd
    port = UInt16(bigEndian: address.sin_port)
    let thread = Self.startThread { [self] in acceptLoop() }
    acceptThread.withLock { $0 = thread }
  }

  /// Changes what a path serves.
  func set(_ path: String, _ behaviour: Behaviour) {
    routes.withLock { $0[path] = behaviour }
  }

  /// The paths requested so far, in order.
  var requestedPaths: [String] { requests.withLock { $0 } }

  /// Stops accepting connections and waits for the accepting thread.
  func stop() {
    guard stopping.set() else { return }
    if let thread = acceptThread.withLock({ $0 }) { pthread_join(thread, nil) }
    close(listener)
  }

  deinit { stop() }

  // MARK: - Serving

  private func acceptLoop() {
    while !stopping.isSet {
      var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, 50) > 0 else { continue }
      let connection = accept(listener, nil, nil)
      guard connection >= 0 else { continue }
      _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
      let thread = Self.startThread { [self] in serve(connection) }
      pthread_detach(thread)
    }
  }

  private func serve(_ connection: Int32) {
    defer { close(connection) }
    guard let path = readRequestPath(connection) else { return }
    requests.withLock { $0.append(path) }
    switch routes.withLock({ $0[path] }) ?? .notFound {
    case .bytes(let body):
      _ = send(connection, header(status: "200 OK", length: body.count) + body)
    case .notFound:
      let body = Array("<html><body><h1>404 Not Found</h1></body></html>\n".utf8)
      _ = send(connection, header(status: "404 Not Found", length: body.count, type: "text/html") + body)
    case .truncated(let body, let declaredLength):
      _ = send(connection, header(status: "200 OK", length: declaredLength) + body)
    case .drip(let body, let chunk, let pause):
      guard send(connection, header(status: "200 OK", length: body.count)) else { return }
      var offset = 0
      while offset < body.count, !stopping.isSet {
        let end = min(body.count, offset + chunk)
        guard send(connection, Array(body[offset..<end])) else { return }
        offset = end
        usleep(pause)
      }
    }
  }

  private func header(status: String, length: Int, type: String = "application/octet-stream") -> [UInt8] {
    Array(
      "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(length)\r\nConnection: close\r\n\r\n".utf8)
  }

  /// Reads the request head and returns its path (nil when the client went away).
  private func readRequestPath(_ connection: Int32) -> String? {
    var head: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !head.ends(with: [13, 10, 13, 10]) {
      let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress!, $0.count, 0) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return nil }
      head.append(contentsOf: buffer[0..<count])
      if head.count > 65536 { return nil }
    }
    let requestLine = head.split(separator: 13).first ?? []
    let parts = requestLine.split(separator: 0x20)
    guard parts.count >= 2 else { return nil }
    return String(decoding: parts[1], as: UTF8.self)
  }

  /// Sends every byte (no SIGPIPE); false when the client went away.
  private func send(_ connection: Int32, _ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes.withUnsafeBytes {
        Glibc.send(connection, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
      }
      if sent < 0, errno == EINTR { continue }
      guard sent > 0 else { return false }
      offset += sent
    }
    return true
  }

  // MARK: - Threads

  private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  private static func startThread(_ body: @escaping @Sendable () -> Void) -> pthread_t {
    let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
    var thread = pthread_t()
    let created = pthread_create(
      &thread, nil,
      { context in
        let body = Unmanaged<ThreadBody>.fromOpaque(context!).takeRetainedValue()
        body.run()
        return nil
      }, context)
    precondition(created == 0, "pthread_create: \(FileSystem.describe(errno: created))")
    return thread
  }
}

extension Array where Element == UInt8 {
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
  }
}
