public import Hummingbird

/// The request context of the service's routes: Hummingbird's core context and the client's
/// address, for the access log.
public struct ServerRequestContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// `127.0.0.1:53124`, or nil when unknown (in-process tests).
  public let remoteAddress: String?

  public init(source: ApplicationRequestContextSource) {
    coreContext = CoreRequestContextStorage(source: source)
    remoteAddress = source.channel.remoteAddress.flatMap { address in
      address.ipAddress.map { ip in address.port.map { "\(ip):\($0)" } ?? ip }
    }
  }
}
