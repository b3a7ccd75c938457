import BenchmarkSupport
import Foundation

/// Writes distinct synthetic query names as JSON lines to standard output, for measuring
/// screening throughput on names that never repeat (no cache or memo can help).
///
/// Each line has the shape of `shared/eval/dev_negatives.jsonl`:
///
/// ```json
/// {"id": "g000000", "name": "Ivan Petrovich Morozov", "type": "person"}
/// ```
///
/// Usage (from `Benchmarks/`):
///
/// ```sh
/// swift run -c release GenerateNames --count 100000 > /tmp/distinct100k.jsonl
/// ```
///
/// Options:
/// - `--count N`: how many names (default 100,000).
/// - `--seed S`: the generator seed, a decimal or `0x` hexadecimal `UInt64`; equal seeds give
///   equal output.
/// - `--kind person|mixed`: persons only (default), or persons and companies (`organization`).
/// - `--original-script-share P`: the probability (0…1, default 0.6, which gives about the 29 % of non-Latin names of `dev_negatives.jsonl`) of writing a name that has
///   a native-script form (Cyrillic, Arabic, Han, Hangul, Greek) in that script instead of
///   Latin letters.
///
/// Bad options exit with status 2, as does a generator that cannot produce `N` distinct names
/// within `50 × N` draws.
@main
struct GenerateNames {
  /// Which names to write.
  enum Kind: String {
    case person, mixed
  }

  /// The parsed command line.
  struct Options {
    var count = 100_000
    var seed: UInt64 = 0x5A4E_C710_2026_0002
    var kind = Kind.person
    var originalScriptShare = 0.6
  }

  /// How many generator draws per requested name before giving up.
  static let attemptsPerName = 50

  static func main() {
    let options: Options
    do {
      options = try parse(Array(CommandLine.arguments.dropFirst()))
    } catch {
      if error.message.isEmpty {
        print(usage, terminator: "")
        exit(0)
      }
      fail("GenerateNames: \(error.message)\n\n\(usage)")
    }
    generate(options)
  }

  /// Generates the names and writes them to standard output.
  static func generate(_ options: Options) {
    var generator = NameGenerator(seed: options.seed)
    // A separate stream for the script choice, so that the share leaves the names unchanged.
    var coin = SeededRandom(seed: options.seed ^ 0x0A11_A5C2_1B7E_0001)
    var seen = Set<String>(minimumCapacity: options.count)
    let idWidth = max(6, String(max(options.count - 1, 0)).count)
    let maxAttempts = options.count.multipliedReportingOverflow(by: attemptsPerName)
    let attemptLimit = maxAttempts.overflow ? Int.max : maxAttempts.partialValue
    var attempts = 0
    var output = ""
    output.reserveCapacity(1 << 20)

    while seen.count < options.count {
      guard attempts < attemptLimit else {
        flush(&output)
        fail(
          "GenerateNames: only \(seen.count) distinct names out of \(options.count) after \(attempts) draws;"
            + " ask for fewer names or use --kind mixed")
      }
      attempts += 1
      let generated = generator.next()
      let isCompany = generated.culture == .company
      if isCompany, options.kind == .person { continue }
      var name = generated.name
      if let original = generated.originalScript, coin.chance(options.originalScriptShare) {
        name = original
      }
      guard seen.insert(name).inserted else { continue }

      let number = String(seen.count - 1)
      let id = "g" + String(repeating: "0", count: max(0, idWidth - number.count)) + number
      output += "{\"id\": \"\(id)\", \"name\": \"\(jsonEscaped(name))\", \"type\": \""
      output += isCompany ? "organization\"}\n" : "person\"}\n"
      if output.utf8.count >= 1 << 20 { flush(&output) }
    }
    flush(&output)
  }

  /// Writes `text` to standard output and empties it.
  static func flush(_ text: inout String) {
    guard !text.isEmpty else { return }
    FileHandle.standardOutput.write(Data(text.utf8))
    text.removeAll(keepingCapacity: true)
  }

  /// `text` as the inside of a JSON string: quotes, backslashes and control characters
  /// escaped; everything else (non-ASCII letters included) written as UTF-8.
  static func jsonEscaped(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\t": escaped += "\\t"
      case "\u{08}": escaped += "\\b"
      case "\u{0C}": escaped += "\\f"
      case "\u{2028}": escaped += "\\u2028"
      case "\u{2029}": escaped += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          escaped.unicodeScalars.append(scalar)
        }
      }
    }
    return escaped
  }

  // MARK: Command line

  /// A command-line mistake; an empty message asks for the usage text.
  struct UsageError: Error {
    let message: String
  }

  static let usage = """
    Usage: GenerateNames [--count N] [--seed S] [--kind person|mixed] [--original-script-share P]

    Writes N distinct synthetic names as JSON lines ({"id", "name", "type"}) to standard output.

      --count N                    how many names (default 100000)
      --seed S                     generator seed, decimal or 0x-hexadecimal (default 0x5A4EC71020260002)
      --kind person|mixed          persons only (default), or persons and organizations
      --original-script-share P    probability of writing a name in its native script when it has
                                   one (0...1, default 0.6)

    """

  /// Parses the arguments after the program name (`--option value` or `--option=value`).
  static func parse(_ arguments: [String]) throws(UsageError) -> Options {
    var options = Options()
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      if argument == "--help" || argument == "-h" { throw UsageError(message: "") }
      guard argument.hasPrefix("--") else { throw UsageError(message: "unexpected argument '\(argument)'") }
      var option = argument
      var value: String
      if let equals = argument.firstIndex(of: "=") {
        option = String(argument[..<equals])
        value = String(argument[argument.index(after: equals)...])
      } else {
        guard ["--count", "--seed", "--kind", "--original-script-share"].contains(option) else {
          throw UsageError(message: "unknown option '\(option)'")
        }
        guard index < arguments.count else { throw UsageError(message: "\(option) needs a value") }
        value = arguments[index]
        index += 1
      }
      switch option {
      case "--count":
        guard let count = Int(value), count > 0 else {
          throw UsageError(message: "--count must be a positive integer, not '\(value)'")
        }
        options.count = count
      case "--seed":
        let seed =
          value.lowercased().hasPrefix("0x") ? UInt64(value.dropFirst(2), radix: 16) : UInt64(value)
        guard let seed else {
          throw UsageError(message: "--seed must be an unsigned 64-bit integer, not '\(value)'")
        }
        options.seed = seed
      case "--kind":
        guard let kind = Kind(rawValue: value) else {
          throw UsageError(message: "--kind must be 'person' or 'mixed', not '\(value)'")
        }
        options.kind = kind
      case "--original-script-share":
        guard let share = Double(value), share >= 0, share <= 1 else {
          throw UsageError(message: "--original-script-share must be a number from 0 to 1, not '\(value)'")
        }
        options.originalScriptShare = share
      default:
        throw UsageError(message: "unknown option '\(option)'")
      }
    }
    return options
  }

  /// Prints `message` to standard error and exits with status 2.
  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    exit(2)
  }
}
