import Foundation

/// Any JSON value, decoded from a request body so that every field can be checked by hand and a
/// wrong type answered with a message naming its place (`queries.q1.properties.name[0]`).
enum JSONValue: Sendable, Equatable, Decodable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let text = try? container.decode(String.self) {
      self = .string(text)
    } else if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else if let flag = try? container.decode(Bool.self) {
      self = .bool(flag)
    } else if let object = try? container.decode([String: JSONValue].self) {
      self = .object(object)
    } else {
      self = .array(try container.decode([JSONValue].self))
    }
  }

  /// Parses a request body. Throws a 400 ``APIError`` saying where the JSON is broken.
  static func parse(_ bytes: some Collection<UInt8>) throws(APIError) -> JSONValue {
    guard !bytes.isEmpty else { throw .badRequest("The request body is empty; send a JSON object.") }
    let data = Data(bytes)
    do {
      return try JSONDecoder().decode(JSONValue.self, from: data)
    } catch {
      var problem = syntaxProblem(data)
      if problem == nil, case DecodingError.dataCorrupted(let context) = error { problem = context.debugDescription }
      throw .badRequest("The request body is not valid JSON: \(problem ?? "\(error)")")
    }
  }

  /// Where the JSON text is broken (`Invalid value around character 12.`, `Too many nested
  /// arrays or dictionaries around character 513.`): JSONDecoder does not say, JSONSerialization does.
  private static func syntaxProblem(_ data: Data) -> String? {
    do {
      _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
      return nil
    } catch {
      return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    }
  }

  /// The JSON type's name, for messages.
  var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "a list"
    case .object: return "an object"
    }
  }
}
