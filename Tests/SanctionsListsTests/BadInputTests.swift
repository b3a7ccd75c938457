import Testing

@testable import SanctionsLists

/// Each kind of bad input gives a typed error naming the file and where, never a crash or a
/// silent partial load. Fixtures are in lists/fixtures.
@Suite("Bad input")
struct BadInputTests {
  @Test func malformedXMLNamesLineAndElement() {
    let path = Paths.fixture("malformed_un.xml")
    guard case .malformedXML(let file, let line, let element, let detail) = loadError([path]) else {
      Issue.record("expected malformedXML")
      return
    }
    #expect(file == path)
    #expect(line == 7)  // </FIRST_NAME> closing <SECOND_NAME>
    #expect(element == "SECOND_NAME")
    #expect(detail.contains("</FIRST_NAME>"))
  }

  @Test func truncatedXML() {
    let error = loadError([Paths.fixture("truncated_un.xml")])
    guard case .malformedXML(_, let line, _, let detail) = error else {
      Issue.record("expected malformedXML, got \(String(describing: error))")
      return
    }
    #expect(line >= 10)
    #expect(detail.contains("truncated"))
    #expect(error!.description.contains("truncated_un.xml:"))
  }

  @Test func invalidUTF8NamesTheLine() {
    let path = Paths.fixture("invalid_utf8_un.xml")
    #expect(loadError([path]) == .invalidUTF8(path: path, line: 5, byteOffset: 152))
  }

  @Test func wrongColumnCount() {
    let path = Paths.fixture("wrong_columns/SDN.CSV")
    #expect(loadError([path]) == .wrongColumnCount(path: path, line: 2, expected: 12, found: 11))
  }

  @Test func customCSVWrongColumnCount() {
    let path = Paths.fixture("custom/bad_columns.csv")
    #expect(loadError([path]) == .wrongColumnCount(path: path, line: 3, expected: 3, found: 4))
  }

  @Test func unterminatedQuotedField() {
    let path = Paths.fixture("unterminated_quote/SDN.CSV")
    guard case .malformedCSV(let file, let line, let detail) = loadError([path]) else {
      Issue.record("expected malformedCSV")
      return
    }
    #expect(file == path)
    #expect(line == 2)
    #expect(detail.contains("never closed"))
  }

  @Test func textAfterAClosingQuote() {
    let path = Paths.fixture("stray_quote/SDN.CSV")
    guard case .malformedCSV(let file, let line, let detail) = loadError([path]) else {
      Issue.record("expected malformedCSV")
      return
    }
    #expect(file == path)
    #expect(line == 2)
    #expect(detail.contains("after a closing quote"))
  }

  @Test func zipThatIsNotAZip() {
    let path = Paths.fixture("not_a_zip.zip")
    guard case .badArchive(let file, nil, let detail) = loadError([path]) else {
      Issue.record("expected badArchive")
      return
    }
    #expect(file == path)
    #expect(detail.contains("zip signature"))
  }

  @Test func truncatedZip() {
    let path = Paths.fixture("truncated.xlsx")
    guard case .badArchive(let file, _, let detail) = loadError([path]) else {
      Issue.record("expected badArchive")
      return
    }
    #expect(file == path)
    #expect(detail.contains("end-of-central-directory"))
  }

  @Test func truncatedGzip() {
    let path = Paths.fixture("truncated.csv.gz")
    guard case .badCompression(let file, let detail) = loadError([path]) else {
      Issue.record("expected badCompression")
      return
    }
    #expect(file == path)
    #expect(detail.contains("truncated"))
  }

  @Test func emptyFile() {
    let path = Paths.fixture("empty.csv")
    #expect(loadError([path]) == .emptyFile(path: path))
  }

  @Test func unknownFormatNamedExplicitly() {
    let path = Paths.fixture("unknown_format.txt")
    guard case .unknownFormat(let file, _) = loadError([path]) else {
      Issue.record("expected unknownFormat")
      return
    }
    #expect(file == path)
  }

  @Test func metadataJSONIsNotAList() {
    let path = Paths.fixture("walk/names.metadata.json")
    guard case .unknownFormat(_, let detail) = loadError([path]) else {
      Issue.record("expected unknownFormat")
      return
    }
    #expect(detail.contains("generatedAt"))
  }

  @Test func malformedJSONLines() {
    let path = Paths.fixture("ftm/malformed.ftm.json")
    guard case .malformedJSON(let file, let line, _, _) = loadError([path]) else {
      Issue.record("expected malformedJSON")
      return
    }
    #expect(file == path)
    #expect(line == 2)
  }

  @Test func missingFile() {
    let path = Paths.fixture("no_such_file.xml")
    #expect(loadError([path]) == .fileNotFound(path: path))
  }

  @Test func incompleteOFACFolderNamedExplicitly() {
    let path = Paths.fixture("incomplete_ofac")
    #expect(loadError([path]) == .incompleteOFACSet(directory: path, found: ["ADD.CSV", "ALT.CSV"], missing: "sdn.csv"))
  }

  @Test func realIncompleteOFACFolderNamedExplicitly() {
    let path = Paths.real("ofac_sdn/2026-06")
    #expect(loadError([path]) == .incompleteOFACSet(directory: path, found: ["add.csv", "alt.csv"], missing: "sdn.csv"))
  }

  @Test func companionFileAloneIsNotAList() {
    let error = loadError([Paths.fixture("incomplete_ofac/ALT.CSV")])
    guard case .incompleteOFACSet(_, let found, let missing) = error else {
      Issue.record("expected incompleteOFACSet, got \(String(describing: error))")
      return
    }
    #expect(found == ["ALT.CSV"])
    #expect(missing == "sdn.csv")
  }

  @Test func errorDescriptionsSayWhatToDo() {
    let errors: [ListError] = [
      .invalidUTF8(path: "a.xml", line: 3, byteOffset: 10),
      .wrongColumnCount(path: "sdn.csv", line: 2, expected: 12, found: 11),
      .incompleteOFACSet(directory: "d", found: ["alt.csv"], missing: "sdn.csv"),
      .emptyFile(path: "e.csv"),
    ]
    for error in errors {
      #expect(error.description.hasPrefix(error.path))
      let text = error.description.lowercased()
      #expect(text.contains("download") || text.contains("put ") || text.contains("convert"), "\(error)")
    }
    #expect(errors[0].description.hasPrefix("a.xml:3:"))
  }
}
