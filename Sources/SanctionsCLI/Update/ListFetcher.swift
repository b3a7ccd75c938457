import SanctionsSupport

/// Fetches a source's files into a staging folder, from the official URLs,
/// from an HTTP mirror or from a local folder (`--from`).
struct ListFetcher {
  /// Where the files come from.
  enum Origin {
    /// The official URLs in the manifest.
    case official
    /// An HTTP(S) mirror: `<base>/<source-id>/<file>`, else `<base>/<file>`.
    case mirror(base: String)
    /// A folder: `<folder>/<source-id>/<file>`, else `<folder>/<file>`.
    case folder(String)

    /// Reads a `--from` value: an http(s) URL or an existing folder.
    static func parse(_ value: String?) throws(UpdateError) -> Origin {
      guard let value else { return .official }
      let lower = value.lowercased()
      if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
        var base = value
        while base.hasSuffix("/") { base.removeLast() }
        return .mirror(base: base)
      }
      guard FileSystem.kind(of: value) == .directory else { throw .badMirror(value) }
      return .folder(value)
    }
  }

  /// Where one file was fetched from and how big it is.
  struct Fetched {
    /// The URL or path the bytes came from.
    var origin: String
    /// Its size in bytes.
    var size: Int
  }

  let origin: Origin
  let curl: Curl

  /// Fetches `url` of `source` into the new file `target`.
  func fetch(_ url: String, of source: SourceManifest.Source, to target: String) throws(UpdateError) -> Fetched {
    let file = source.fileName(of: url)
    switch origin {
    case .official:
      return Fetched(origin: url, size: try download(url, source: source, to: target))
    case .mirror(let base):
      let candidates = ["\(base)/\(source.id)/\(file)", "\(base)/\(file)"]
      for candidate in candidates {
        do {
          return Fetched(origin: candidate, size: try curl.download(candidate, to: target))
        } catch {
          if case .httpStatus(404, _) = error, candidate != candidates.last {
            _ = try? FileSystem.removeTree(target)
            continue
          }
          if case .httpStatus(404, _) = error {
            throw .absentFromMirror(source: source.id, file: file, tried: candidates)
          }
          throw Self.downloadError(error, source: source, url: candidate)
        }
      }
      throw .absentFromMirror(source: source.id, file: file, tried: candidates)
    case .folder(let folder):
      let candidates = [FileSystem.join(FileSystem.join(folder, source.id), file), FileSystem.join(folder, file)]
      guard let found = candidates.first(where: { FileSystem.kind(of: $0) == .file }) else {
        throw .absentFromMirror(source: source.id, file: file, tried: candidates)
      }
      do {
        return Fetched(origin: found, size: try FileSystem.copyFile(from: found, to: target))
      } catch {
        throw .fileSystem(error, doing: "\(source.id): copying \(found)")
      }
    }
  }

  private func download(_ url: String, source: SourceManifest.Source, to target: String) throws(UpdateError) -> Int {
    do {
      return try curl.download(url, to: target)
    } catch {
      throw Self.downloadError(error, source: source, url: url)
    }
  }

  private static func downloadError(_ error: Curl.Failure, source: SourceManifest.Source, url: String) -> UpdateError {
    switch error {
    case .unavailable(let detail): return .curlMissing(detail: detail)
    case .write(let failure): return .fileSystem(failure, doing: "\(source.id): saving \(url)")
    case .httpStatus, .failed: return .download(source: source.id, url: url, reason: error.description)
    }
  }
}
