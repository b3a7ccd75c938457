public import Hummingbird
public import Logging
import Foundation

/// The whole service: the routes over an ``IndexHolder``, filled and kept current by an
/// ``IndexReloader``, on Hummingbird's HTTP/1.1 server. Run it with `runService()`: SIGTERM and
/// SIGINT shut it down gracefully (it stops accepting connections, finishes the requests in
/// flight, then returns).
public enum ScreeningServer {
  /// What the service serves and how.
  public struct Settings: Sendable {
    /// Address to bind; 127.0.0.1 by default (this machine only).
    public var host = "127.0.0.1"
    /// Port; 0 picks a free one (the `listening` log line names it).
    public var port = 8000
    /// Where the index comes from.
    public var source: IndexSource
    /// How often to check an index file or lists directory for a new version; nil never.
    public var reloadInterval: Duration? = .seconds(60)
    public var limits = ScreeningRoutes.Limits()
    /// Where access log lines go; nil for none.
    public var accessLog: AccessLog? = .standardOutput

    public init(source: IndexSource) {
      self.source = source
    }
  }

  /// The application: serves at once (`/healthz`; `/readyz` and screening answer 503 until the
  /// index is loaded), loads the index in the background, then watches it for new versions.
  /// `onListening` gets the bound address (`127.0.0.1:8000`).
  public static func application(
    _ settings: Settings, holder: IndexHolder = IndexHolder(), logger: Logger,
    onListening: @escaping @Sendable (String) async -> Void = { _ in }
  ) -> some ApplicationProtocol {
    let router = ScreeningRoutes.router(holder: holder, limits: settings.limits, accessLog: settings.accessLog)
    let reloader = IndexReloader(
      source: settings.source, holder: holder, interval: settings.reloadInterval, logger: logger)
    return Application(
      router: router,
      configuration: ApplicationConfiguration(
        address: .hostname(settings.host, port: settings.port), serverName: "sanctions-serve"),
      services: [reloader],
      onServerRunning: { channel in
        let address = channel.localAddress.map { "\($0.ipAddress ?? settings.host):\($0.port ?? settings.port)" }
          ?? "\(settings.host):\(settings.port)"
        logger.notice("listening", metadata: ["address": "\(address)", "source": "\(settings.source)"])
        await onListening(address)
      },
      logger: logger)
  }
}
