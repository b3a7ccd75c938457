public import Logging
public import ServiceLifecycle
import Foundation

/// Loads the index when the service starts, then, for an index file or a lists directory,
/// checks every `interval` whether it changed on disk (``IndexSource/version()``); a change is
/// loaded in the background while the old index goes on serving, then swapped in. A reload that
/// fails is logged and the old index kept; the same version is not tried again until it changes.
///
/// A failed first load ends the service (the error is thrown to the service group), since there
/// is nothing to serve.
public struct IndexReloader: Service {
  let source: IndexSource
  let holder: IndexHolder
  let interval: Duration?
  let logger: Logger

  /// - Parameter interval: how often to check the source; nil never checks.
  public init(source: IndexSource, holder: IndexHolder, interval: Duration?, logger: Logger) {
    self.source = source
    self.holder = holder
    self.interval = interval
    self.logger = logger
  }

  public func run() async throws {
    let first: LoadedIndex
    do {
      first = try await Self.loadInBackground(source)
    } catch {
      holder.markFailed(error.description)
      logger.critical("cannot load the index", metadata: ["source": "\(source)", "error": "\(error)"])
      throw error
    }
    holder.install(first)
    logLoaded(first, event: "index loaded")

    guard let interval, source.canChange else {
      try? await gracefulShutdown()
      return
    }
    var servingVersion = first.version
    var failedVersion: String? = nil
    while !Task.isShuttingDownGracefully {
      do {
        try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
      } catch {
        return  // shutting down
      }
      let version: String?
      do {
        version = try source.version()
      } catch {
        if failedVersion != "unreadable" {
          logger.error("cannot check the index source", metadata: ["source": "\(source)", "error": "\(error)"])
          failedVersion = "unreadable"
        }
        continue
      }
      guard version != servingVersion, version != failedVersion else { continue }
      logger.info("index source changed; loading", metadata: ["source": "\(source)", "version": "\(version ?? "")"])
      do {
        let next = try await Self.loadInBackground(source)
        holder.install(next)
        servingVersion = next.version
        failedVersion = nil
        logLoaded(next, event: "index reloaded")
      } catch {
        failedVersion = version
        logger.error(
          "reload failed; the previous index goes on serving",
          metadata: ["source": "\(source)", "version": "\(version ?? "")", "error": "\(error)"])
      }
    }
  }

  private func logLoaded(_ index: LoadedIndex, event: Logger.Message) {
    logger.notice(
      event,
      metadata: [
        "source": "\(index.source)",
        "version": "\(index.version ?? "")",
        "entities": "\(index.screener.entities.count)",
        "names": "\(index.screener.nameCount)",
        "lists": "\(index.screener.provenance.files.count)",
        "seconds": "\(String(format: "%.2f", index.loadSeconds))",
      ])
  }

  /// Loads on a thread of its own, so that a long build leaves the request threads free.
  static func loadInBackground(_ source: IndexSource) async throws(IndexLoadError) -> LoadedIndex {
    let result: Result<LoadedIndex, IndexLoadError> = await withCheckedContinuation { continuation in
      let thread = Thread {
        continuation.resume(returning: Result { () throws(IndexLoadError) in try source.load() })
      }
      thread.stackSize = 16 << 20
      thread.name = "index-load"
      thread.start()
    }
    return try result.get()
  }
}
