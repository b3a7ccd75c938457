import ArgumentParser
import SanctionsLists
import SanctionsScreening
import SanctionsSupport

/// `sanctions show`: prints one entity's full record.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Print one listed entity's full record.",
    discussion: """
      ENTITY_ID is source-qualified, e.g. un:QDi.001, ofac:306, uk:13349, au:34,
      csl:SDN:21944, ca:burma:1:17, ftm:<id>, custom:<id>.

      The id is looked up in the saved index; only the file holding the record
      (and the files of the same party's other records, such as the US CSL's copy
      of an OFAC record) is read again. Each record says which file it came from.
      """
  )

  @Argument(help: "The entity id, e.g. un:QDi.001 or ofac:306.")
  var entityID: String

  @OptionGroup var location: ListsLocationOptions

  @Option(help: "Output format: text or json.")
  var format: ListsCommand.Format = .text

  @OptionGroup var cache: IndexCacheOptions

  func run() throws {
    let selection = try location.resolve()
    selection.announce(command: "show")
    let paths = selection.paths
    let screener = try ScreenerLoading.load(lists: paths, cache: cache)
    guard let found = screener.entities.firstIndex(where: { $0.id == entityID }) else {
      var hint = ""
      if let colon = entityID.firstIndex(of: ":") {
        let prefix = entityID[...colon]
        let sample = screener.entities.lazy.filter { $0.id.hasPrefix(prefix) }.prefix(3).map(\.id)
        if !sample.isEmpty { hint = " Ids with that prefix look like: \(sample.joined(separator: ", "))." }
      } else {
        hint = " Ids are source-qualified, e.g. un:QDi.001 or ofac:306."
      }
      StandardStreams.writeError(
        "sanctions show: no entity '\(entityID)' in the \(screener.entities.count) entities screened from "
          + "\(paths.joined(separator: ", ")).\(hint)\n")
      throw ExitCode(ExitStatus.error)
    }
    // The record asked for first, then the party's other records.
    let party = screener.entities[found].partyID
    let members = [found] + screener.entities.indices.filter { $0 != found && screener.entities[$0].partyID == party }
    var rendered: [String] = []
    for member in members {
      let record = screener.entities[member]
      guard let fileIndex = record.listFile else { continue }
      let file = screener.provenance.files[fileIndex]
      let loaded = try ListsCommand.load([file.path], options: LoadOptions(includeSuperseded: true), command: "show")
      guard let entity = loaded.entity(id: record.id) else {
        StandardStreams.writeError(
          "sanctions show: \(file.path) no longer holds \(record.id) (the file changed since the index was built; "
            + "run the command again)\n")
        throw ExitCode(ExitStatus.error)
      }
      switch format {
      case .text: rendered.append(EntityText.render(entity, file: file))
      case .json: rendered.append(EntityJSON.render(entity, file: file))
      }
    }
    var output = OutputBuffer()
    switch format {
    case .text: output.append(rendered.joined(separator: "\n"))
    case .json: output.append((rendered.count == 1 ? rendered[0] : "[" + rendered.joined(separator: ",") + "]") + "\n")
    }
    output.flush()
  }
}

/// A readable multi-line rendering of an entity.
enum EntityText {
  /// Escaped for the terminal (``TerminalText``).
  static func render(_ entity: Entity, file: ListFileSummary? = nil) -> String {
    TerminalText.safe(unescaped(entity, file: file))
  }

  private static func unescaped(_ entity: Entity, file: ListFileSummary? = nil) -> String {
    var text = "\(entity.id)  \(entity.primaryName)\n"
    func line(_ label: String, _ value: String) { text += "  " + label.padding(12) + value + "\n" }
    line("source:", "\(entity.source.rawValue) (\(entity.source.displayName))")
    if let file {
      line("file:", file.path)
      line("", "published \(file.published ?? file.snapshotDate.map { "\($0) (from its path)" } ?? "(not stated)"), sha256 \(file.sha256)")
    }
    line("type:", entity.type.rawValue)
    text += "  names:\n"
    for name in entity.names {
      var attributes: [String] = [name.kind.rawValue]
      if let quality = name.quality { attributes.append("quality \(quality.rawValue)") }
      if let script = name.script { attributes.append("script \(script)") }
      if let language = name.language { attributes.append("language \(language)") }
      text += "    - \(name.value)  [\(attributes.joined(separator: ", "))]\n"
    }
    if !entity.programs.isEmpty { line("programs:", entity.programs.joined(separator: "; ")) }
    if let listed = entity.listedOn { line("listed on:", listed.description) }
    if let gender = entity.gender { line("gender:", gender.rawValue) }
    if !entity.birthDates.isEmpty { line("born:", entity.birthDates.map(\.description).joined(separator: "; ")) }
    if !entity.birthPlaces.isEmpty { line("birthplace:", entity.birthPlaces.joined(separator: "; ")) }
    if !entity.nationalities.isEmpty {
      line("nationality:", entity.nationalities.map(\.description).joined(separator: "; "))
    }
    if !entity.citizenships.isEmpty {
      line("citizenship:", entity.citizenships.map(\.description).joined(separator: "; "))
    }
    if !entity.addresses.isEmpty {
      text += "  addresses:\n"
      for address in entity.addresses { text += "    - \(address)\n" }
    }
    if !entity.identifiers.isEmpty {
      text += "  identifiers:\n"
      for identifier in entity.identifiers {
        var value = "\(identifier.kind): \(identifier.value)"
        if let country = identifier.country { value += " (\(country))" }
        if let note = identifier.note { value += " — \(note)" }
        text += "    - \(value)\n"
      }
    }
    if let vessel = entity.vessel {
      var parts: [String] = []
      if let flag = vessel.flag { parts.append("flag \(flag)") }
      if let type = vessel.vesselType { parts.append("type \(type)") }
      if let tonnage = vessel.tonnage { parts.append("tonnage \(tonnage)") }
      if let grt = vessel.grossRegisteredTonnage { parts.append("GRT \(grt)") }
      if let callSign = vessel.callSign { parts.append("call sign \(callSign)") }
      if let owner = vessel.owner { parts.append("owner \(owner)") }
      line("vessel:", parts.joined(separator: "; "))
    }
    if !entity.remarks.isEmpty {
      text += "  remarks:\n"
      for remark in entity.remarks { text += "    - \(remark)\n" }
    }
    return text
  }
}

/// One entity as a JSON object (all fields; absent values are null or empty arrays).
enum EntityJSON {
  static func render(_ entity: Entity, file: ListFileSummary? = nil) -> String {
    func string(_ value: String?) -> String { value.map(JSONText.quoted) ?? "null" }
    func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }
    func country(_ value: Country?) -> String {
      guard let value else { return "null" }
      return "{\"code\":\(string(value.code)),\"name\":\(string(value.name))}"
    }
    func date(_ value: BirthDate) -> String {
      switch value {
      case .exact(let date): return "{\"kind\":\"exact\",\"date\":\(string(date.description))}"
      case .year(let year): return "{\"kind\":\"year\",\"date\":\(string(PartialDate(year: year).description))}"
      case .range(let from, let to):
        return "{\"kind\":\"range\",\"from\":\(string(from.description)),\"to\":\(string(to.description))}"
      case .circa(let date): return "{\"kind\":\"circa\",\"date\":\(string(date.description))}"
      case .text(let text): return "{\"kind\":\"text\",\"text\":\(string(text))}"
      }
    }
    var fields: [String] = []
    fields.append("\"id\":\(string(entity.id))")
    fields.append("\"source\":\(string(entity.source.rawValue))")
    if let file {
      fields.append(
        "\"file\":{\"path\":\(string(file.path)),\"published\":\(string(file.published)),"
          + "\"snapshot_date\":\(string(file.snapshotDate)),\"sha256\":\(string(file.sha256))}")
    }
    fields.append("\"type\":\(string(entity.type.rawValue))")
    fields.append(
      "\"names\":"
        + array(
          entity.names.map { name in
            "{\"value\":\(string(name.value)),\"kind\":\(string(name.kind.rawValue)),"
              + "\"quality\":\(string(name.quality?.rawValue)),\"script\":\(string(name.script)),"
              + "\"language\":\(string(name.language))}"
          }))
    fields.append("\"programs\":" + array(entity.programs.map(JSONText.quoted)))
    fields.append("\"listed_on\":\(string(entity.listedOn?.description))")
    fields.append("\"birth_dates\":" + array(entity.birthDates.map(date)))
    fields.append("\"birth_places\":" + array(entity.birthPlaces.map(JSONText.quoted)))
    fields.append("\"nationalities\":" + array(entity.nationalities.map(country)))
    fields.append("\"citizenships\":" + array(entity.citizenships.map(country)))
    fields.append(
      "\"addresses\":"
        + array(
          entity.addresses.map { address in
            "{\"lines\":\(array(address.lines.map(JSONText.quoted))),\"city\":\(string(address.city)),"
              + "\"region\":\(string(address.region)),\"postal_code\":\(string(address.postalCode)),"
              + "\"country\":\(country(address.country)),\"note\":\(string(address.note))}"
          }))
    fields.append(
      "\"identifiers\":"
        + array(
          entity.identifiers.map { identifier in
            "{\"kind\":\(string(identifier.kind.description)),\"value\":\(string(identifier.value)),"
              + "\"country\":\(country(identifier.country)),\"note\":\(string(identifier.note))}"
          }))
    fields.append("\"gender\":\(string(entity.gender?.rawValue))")
    if let vessel = entity.vessel {
      fields.append(
        "\"vessel\":{\"flag\":\(country(vessel.flag)),\"type\":\(string(vessel.vesselType)),"
          + "\"tonnage\":\(string(vessel.tonnage)),\"gross_registered_tonnage\":\(string(vessel.grossRegisteredTonnage)),"
          + "\"call_sign\":\(string(vessel.callSign)),\"owner\":\(string(vessel.owner))}")
    } else {
      fields.append("\"vessel\":null")
    }
    fields.append("\"remarks\":" + array(entity.remarks.map(JSONText.quoted)))
    return "{" + fields.joined(separator: ",") + "}"
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }
}
