import SanctionsSupport

/// Why `sanctions update` failed. Each case says what went wrong, where, and
/// what to do; in every case the lists directory's active set is unchanged.
enum UpdateError: Error, CustomStringConvertible {
  /// The sources manifest cannot be read.
  case manifestUnreadable(path: String, reason: String)
  /// The tool's own manifest could not be found (`reason` says where it looked and what to do).
  case manifestNotFound(reason: String)
  /// The sources manifest is not the expected JSON.
  case manifestInvalid(path: String, detail: String)
  /// `--only` names a source the manifest does not have.
  case unknownSource(id: String, known: [String])
  /// Nothing to update (no default source, or an empty `--only` selection).
  case noSources(manifest: String)
  /// `--from` names something that is neither a folder nor an http(s) URL.
  case badMirror(String)
  /// Another update holds the lock.
  case busy(lockPath: String)
  /// A file system step failed.
  case fileSystem(FileSystemError, doing: String)
  /// `curl` is needed for downloads and is not installed.
  case curlMissing(detail: String)
  /// A download failed (network error, HTTP error status, timeout, cut short).
  case download(source: String, url: String, reason: String)
  /// A mirror lacks a source's file.
  case absentFromMirror(source: String, file: String, tried: [String])
  /// A downloaded file does not parse as a list.
  case invalid(source: String, url: String, reason: String)
  /// A downloaded file parsed but holds no entity.
  case empty(source: String, url: String)

  var description: String {
    let kept = "The lists directory was not changed."
    switch self {
    case .manifestNotFound(let reason):
      return reason
    case .manifestUnreadable(let path, let reason):
      return "cannot read the sources manifest \(path): \(reason). Name another with --sources FILE."
    case .manifestInvalid(let path, let detail):
      return "the sources manifest \(path) is not valid: \(detail). Fix it, or name another with --sources FILE."
    case .unknownSource(let id, let known):
      return "--only \(id): no such source in the manifest. Known sources: \(known.joined(separator: ", "))."
    case .noSources(let manifest):
      return "no source selected: \(manifest) marks none as \"default\": true. Name sources with --only ID."
    case .badMirror(let value):
      return "--from \(value): neither an existing folder nor an http:// or https:// URL."
    case .busy(let lockPath):
      return "another 'sanctions update' is running on this lists directory (it holds \(lockPath)). "
        + "Wait for it to finish and try again."
    case .fileSystem(let error, let doing):
      return "\(doing): \(error). \(kept)"
    case .curlMissing(let detail):
      return "downloads need curl, which cannot be run (\(detail)). Install curl, or copy the list files to "
        + "this machine and use 'sanctions update --from DIR'. \(kept)"
    case .download(let source, let url, let reason):
      return "\(source): download of \(url) failed: \(reason). \(kept) Try again later, or use --from with a "
        + "mirror or folder."
    case .absentFromMirror(let source, let file, let tried):
      return "\(source): the mirror has no \(file) (tried \(tried.joined(separator: ", "))). Add it to the mirror, "
        + "or leave the source out with --only. \(kept)"
    case .invalid(let source, let url, let reason):
      return "\(source): \(url) is not a valid list: \(reason) \(kept)"
    case .empty(let source, let url):
      return "\(source): \(url) holds no entities; a sanctions list is never empty, so the file is taken as "
        + "damaged. \(kept)"
    }
  }
}
