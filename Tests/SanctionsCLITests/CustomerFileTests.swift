import Glibc
import SanctionsSupport
import Testing

/// `screen --input csv` / `--format csv`: customer files in, one row per
/// match out, with the query's own columns carried through.
@Suite("Customer files (CSV)")
struct CustomerFileTests {
  private static let un = ["--lists", CLIRunner.unList, "--no-index-cache"]

  /// Parses CSV output with the package's own scanner.
  private static func rows(_ text: String) -> [[String]] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      var rows: [[String]] = []
      var position = 0
      var fields: [CSVField] = []
      while position < buffer.count {
        guard (try? CSVScanner.scanRecord(buffer, position: &position, into: &fields)) != nil else { break }
        rows.append(fields.map { String(decoding: CSVScanner.bytes(of: $0, in: buffer), as: UTF8.self) })
      }
      return rows
    }
  }

  @Test("Columns found by their usual names; the customer's columns come first in every row; --all answers every row")
  func carriedColumns() {
    let text =
      "\u{FEFF}Customer ID,Full Name,Date of Birth,Country,Segment\r\n"
      + "C-1,\"ZAWAHIRI, Ayman al-\",1951,EG,retail\r\nC-2,Patricia Lucas Wheeler,,,private\r\n"
    let input = Array(text.utf8)
    let outcome = CLIRunner.run(["screen"] + Self.un + ["--input", "csv", "--all"], input: input)
    #expect(outcome.status == 1, "\(outcome.errors)")
    let rows = Self.rows(outcome.output)
    #expect(Array(rows[0].prefix(6)) == ["Customer ID", "Full Name", "Date of Birth", "Country", "Segment", "match_rank"])
    let zawahiri = rows.dropFirst().filter { $0[0] == "C-1" }
    #expect(!zawahiri.isEmpty)
    #expect(zawahiri.first?[1] == "ZAWAHIRI, Ayman al-")
    #expect(zawahiri.first?[4] == "retail")
    #expect(zawahiri.contains { $0[7] == "un:QDi.006" })
    let header = rows[0]
    let engine = header.firstIndex(of: "engine")!
    let lists = header.firstIndex(of: "lists")!
    #expect(zawahiri.first?[engine].hasPrefix("sanctions ") == true)
    #expect(zawahiri.first?[lists].hasPrefix("un-sc 2026-02-27 1003 sha256:") == true)
    let wheeler = rows.dropFirst().filter { $0[0] == "C-2" }
    #expect(wheeler.count == 1)
    #expect(wheeler.first?[5] == "")
  }

  @Test("Custom column names, from a file; without --all a row without a match gives no row")
  func customColumns() throws {
    let path = try TemporaryFile.make(
      "ref;x,client,born,type\nA7,Ayman al-Zawahiri,1951,individual\nA8,Patricia Lucas Wheeler,,person\n")
    defer { unlink(path) }
    let outcome = CLIRunner.run(
      ["screen"] + Self.un + [
        "--input", "csv", "--file", path, "--name-column", "client", "--id-column", "ref;x", "--dob-column", "born",
        "--format", "jsonl",
      ])
    #expect(outcome.status == 1, "\(outcome.errors)")
    #expect(outcome.lines.count == 2)
    #expect(outcome.lines[0].hasPrefix("{\"id\":\"A7\",\"matches\":[{\"entity_id\":\"un:QDi.006\""))
    #expect(outcome.lines[1] == "{\"id\":\"A8\",\"matches\":[]}")
    let csv = CLIRunner.run(
      ["screen"] + Self.un + ["--input", "csv", "--file", path, "--name-column", "client"])
    #expect(Self.rows(csv.output).dropFirst().allSatisfy { $0[0] == "A7" })
  }

  @Test("A file without a name column, an unreadable file and an unknown option: exit 2 with one line")
  func fatalErrors() throws {
    let noName = CLIRunner.run(["screen"] + Self.un + ["--input", "csv"], input: Array("id,city\n1,Paris\n".utf8))
    #expect(noName.status == 2)
    #expect(noName.stdout.isEmpty)
    #expect(noName.errors.split(separator: "\n").count == 1)
    #expect(noName.errors.contains("no name column"))
    let missing = CLIRunner.run(["screen"] + Self.un + ["--input", "csv", "--file", "/nonexistent/customers.csv"])
    #expect(missing.status == 2)
    #expect(missing.errors == "sanctions screen: cannot read /nonexistent/customers.csv: No such file or directory\n")
    let unknown = CLIRunner.run(["screen"] + Self.un + ["--input", "csv", "--frobnicate"])
    #expect(unknown.status == 2)
    #expect(unknown.errors == "sanctions: Unknown option '--frobnicate' (see 'sanctions screen --help')\n")
    let wrongColumn = CLIRunner.run(
      ["screen"] + Self.un + ["--input", "csv", "--name-column", "nom"], input: Array("id,name\n1,x\n".utf8))
    #expect(wrongColumn.status == 2)
    #expect(wrongColumn.errors.contains("no column \"nom\" (columns: id, name)"))
  }

  @Test("Bad rows (invalid UTF-8, wrong field count, broken quotes, bad type) are error rows; the others are answered")
  func badRows() {
    var input = Array("id,name,type\n1,Ayman al-Zawahiri,person\n2,Caf".utf8)
    input += [0xE9]  // Latin-1 é: not UTF-8
    input += Array(",person\n3,too,many,fields\n4,\"broken\"quote,person\n5,Someone,spaceship\n6,Ayman al-Zawahiri,\n".utf8)
    let outcome = CLIRunner.run(["screen"] + Self.un + ["--input", "csv", "--all"], input: input)
    #expect(outcome.status == 2)
    let rows = Self.rows(outcome.output)
    let error = rows[0].firstIndex(of: "error")!
    let entity = rows[0].firstIndex(of: "entity_id")!
    let byID = Dictionary(grouping: rows.dropFirst(), by: { $0[0] })
    #expect(byID["1"]?.first?[entity] == "un:QDi.006")
    #expect(byID["2"]?.first?[error].contains("line 3: column \"name\" is not valid UTF-8") == true)
    #expect(byID["3"]?.first?[error].contains("the row has 4 fields, the header 3") == true)
    #expect(rows.contains { $0[error].contains("line 5: not a valid CSV row") })
    #expect(byID["5"]?.first?[error].contains("must be person, organization") == true)
    #expect(byID["6"]?.first?[entity] == "un:QDi.006")
    let diagnostics = outcome.errors.split(separator: "\n")
    #expect(diagnostics.count == 4)
    #expect(diagnostics.allSatisfy { $0.hasPrefix("sanctions screen: standard input, line ") })
  }

  @Test("A quoted name with a line break is one record; text input that looks like CSV is pointed to --input csv")
  func multiLineAndSniffing() {
    let multi = CLIRunner.run(
      ["screen"] + Self.un + ["--input", "csv", "--format", "jsonl"],
      input: Array("id,name\n1,\"Ayman\nal-Zawahiri\"\n2,Patricia Wheeler\n".utf8))
    #expect(multi.lines.count == 2)
    #expect(multi.lines[1] == "{\"id\":\"2\",\"matches\":[]}")
    let text = CLIRunner.run(["screen"] + Self.un, input: Array("id,name\n1,Patricia Wheeler\n".utf8))
    #expect(text.errors.contains("looks like CSV"))
    #expect(text.errors.contains("--input csv"))
    let names = CLIRunner.run(["screen"] + Self.un, input: Array("KHAN, Karim Asad Ahmad\n".utf8))
    #expect(!names.errors.contains("looks like CSV"))
  }
}

/// A temporary file with given contents (the caller unlinks it).
enum TemporaryFile {
  struct CreationError: Error {}

  static func make(_ contents: String) throws -> String {
    var template = Array("/tmp/sanctions-test-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw CreationError() }
    close(fd)
    let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    CLIRunner.write(Array(contents.utf8), to: path)
    return path
  }
}
