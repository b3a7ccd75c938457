import SanctionsSupport

/// The official list sources that `sanctions update` fetches, as described
/// in `lists/sources.json`.
///
/// Each entry has an `id`, a `name`, the `urls` of the files that together
/// form the list (an OFAC CSV set has four), and `default`: whether a plain
/// `sanctions update` (without `--only`) fetches it. Other members
/// (publisher, format, licence, notes) are documentation.
struct SourceManifest {
  /// One list source.
  struct Source {
    /// Short stable name, used as the source's folder in a set (`un-sc`).
    var id: String
    /// Human-readable name.
    var name: String
    /// The official download URLs of the files that form the list.
    var urls: [String]
    /// Whether `sanctions update` fetches it when `--only` is not given.
    var isDefault: Bool

    /// The file name each URL is saved under: the URL's last path segment
    /// (query and fragment removed).
    func fileName(of url: String) -> String {
      var path = Substring(url)
      if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<end] }
      return FileSystem.baseName(String(path))
    }
  }

  /// The manifest file.
  let path: String
  /// Its sources, in file order.
  let sources: [Source]

  /// Reads and checks a manifest.
  static func load(_ path: String) throws(UpdateError) -> SourceManifest {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.readAllBytes(path)
    } catch {
      throw .manifestUnreadable(path: path, reason: error.reason)
    }
    let document: JSONValue
    do {
      document = try JSONParser.parseDocument(bytes[...])
    } catch {
      throw .manifestInvalid(path: path, detail: "\(error)")
    }
    guard case .array(let entries)? = document["sources"] else {
      throw .manifestInvalid(path: path, detail: "no \"sources\" array")
    }
    var sources: [Source] = []
    var seen: Set<String> = []
    for (index, entry) in entries.enumerated() {
      guard let id = entry["id"]?.string, !id.isEmpty,
        id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
      else {
        throw .manifestInvalid(path: path, detail: "source \(index + 1) has no \"id\" made of letters, digits, - and _")
      }
      guard seen.insert(id).inserted else { throw .manifestInvalid(path: path, detail: "source id \(id) appears twice") }
      let urls = entry["urls"]?.strings ?? []
      guard !urls.isEmpty else { throw .manifestInvalid(path: path, detail: "source \(id) has no \"urls\"") }
      var source = Source(id: id, name: entry["name"]?.string ?? id, urls: urls, isDefault: false)
      switch entry["default"] {
      case nil, .bool(false)?: source.isDefault = false
      case .bool(true)?: source.isDefault = true
      default: throw .manifestInvalid(path: path, detail: "source \(id): \"default\" must be true or false")
      }
      let names = urls.map(source.fileName(of:))
      guard names.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }), Set(names).count == names.count else {
        throw .manifestInvalid(path: path, detail: "source \(id): every URL must end in a distinct file name")
      }
      sources.append(source)
    }
    return SourceManifest(path: path, sources: sources)
  }

  /// The sources named by `only` (in manifest order), or the default ones
  /// when `only` is empty.
  func selection(only: [String]) throws(UpdateError) -> [Source] {
    for id in only where !sources.contains(where: { $0.id == id }) {
      throw .unknownSource(id: id, known: sources.map(\.id))
    }
    let chosen = only.isEmpty ? sources.filter(\.isDefault) : sources.filter { only.contains($0.id) }
    if chosen.isEmpty { throw .noSources(manifest: path) }
    return chosen
  }
}
