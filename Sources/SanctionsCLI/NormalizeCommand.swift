import ArgumentParser
import SanctionsNormalization
import SanctionsSupport

/// `sanctions normalize`: shows how the engine reads a name.
struct NormalizeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "normalize",
    abstract: "Print the normalized tokens of a name, with their alternatives.",
    discussion: """
      Text output is one line per name: its tokens in order, each token's
      alternative romanizations joined by '/' (e.g. `sergey/sergej shoygu/sojgu`).
      With no NAME, reads one name per line from standard input.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The name to normalize. Reads names from standard input when omitted.")
  var name: String?

  @Option(help: "Output format: text or json (one JSON object per line).")
  var format: Format = .text

  func run() throws {
    let normalizer = NameNormalizer()
    var output = OutputBuffer()
    var failures = 0
    if let name {
      do {
        output.append(render(try normalizer.normalize(name)))
      } catch {
        output.flush()
        StandardStreams.writeError("sanctions normalize: \(error)\n")
        throw ExitCode(ExitStatus.error)
      }
      return
    }
    var reader = LineReader()
    while let line = try reader.next() {
      do {
        output.append(render(try normalizer.normalize(utf8: line)))
      } catch {
        failures += 1
        if format == .json {
          output.append("{\"line\":\(reader.lineNumber),\"error\":\(JSONText.quoted(error.description))}\n")
        }
        output.flush()
        StandardStreams.writeError("sanctions normalize: standard input, line \(reader.lineNumber): \(error)\n")
      }
    }
    output.flush()
    if failures > 0 { throw ExitCode(ExitStatus.error) }
  }

  private func render(_ name: NormalizedName) -> String {
    switch format {
    case .text:
      return name.tokens.map { $0.forms.joined(separator: "/") }.joined(separator: " ") + "\n"
    case .json:
      let tokens = name.tokens.map { token in
        "{\"original\":\(JSONText.quoted(token.original)),\"script\":\"\(token.script.rawValue)\",\"forms\":[\(token.forms.map(JSONText.quoted).joined(separator: ","))]}"
      }
      return "{\"name\":\(JSONText.quoted(name.original)),\"tokens\":[\(tokens.joined(separator: ","))]}\n"
    }
  }
}
