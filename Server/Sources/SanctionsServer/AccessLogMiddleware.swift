import HTTPTypes
import Hummingbird
import Foundation

/// Answers every error the same way and logs every request.
///
/// Errors: an ``APIError`` is answered as it says; Hummingbird's own (no route: 404; a body over
/// the limit: 413) get a `{"detail": ...}` body too; anything else is a 500 with a message, and
/// the service goes on. Then one JSON line per request: `time`, `remote`, `method`, `uri`,
/// `status`, `ms` (time to the response head), `request_bytes`, `response_bytes`, `queries`
/// (batch size of a `/match`), `error` (the detail of an error answer).
struct AccessLogMiddleware: RouterMiddleware {
  typealias Context = ServerRequestContext
  let log: AccessLog?

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let started = ContinuousClock.now
    var response: Response
    var failure: APIError? = nil
    do {
      response = try await next(request, context)
    } catch {
      let apiError = Self.apiError(error, request: request)
      failure = apiError
      response = try apiError.response(from: request, context: context)
    }
    if let log {
      let elapsed = ContinuousClock.now - started
      log.write(Self.line(request, context: context, response: response, elapsed: elapsed, failure: failure))
    }
    return response
  }

  /// The answer for an error thrown by a route or by Hummingbird.
  static func apiError(_ error: any Error, request: Request) -> APIError {
    switch error {
    case let error as APIError:
      return error
    case let error as HTTPError:
      if error.status == .notFound {
        return .notFound(
          "No route for \(request.method) \(request.uri.path). Routes: POST /match/{dataset}, GET /entities/{id}, "
            + "GET /catalog, GET /algorithms, GET /healthz, GET /readyz.")
      }
      return APIError(error.status, error.body ?? error.status.reasonPhrase)
    case let error as any HTTPResponseError:
      return APIError(error.status, error.status.reasonPhrase)
    default:
      return APIError(.internalServerError, "Internal error: \(error)")
    }
  }

  static func line(
    _ request: Request, context: Context, response: Response, elapsed: Duration, failure: APIError?
  ) -> String {
    let components = elapsed.components
    let milliseconds = Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    var fields: [String] = [
      "\"time\":\"\(Date.now.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true)))\"",
      "\"remote\":\(quoted(context.remoteAddress ?? ""))",
      "\"method\":\(quoted(request.method.rawValue))",
      "\"uri\":\(quoted(request.uri.string))",
      "\"status\":\(response.status.code)",
      "\"ms\":\(String(format: "%.3f", milliseconds))",
    ]
    if let length = request.headers[.contentLength] { fields.append("\"request_bytes\":\(Int(length) ?? 0)") }
    if let length = response.body.contentLength { fields.append("\"response_bytes\":\(length)") }
    if let queries = response.headers[HTTPField.Name.batchSize] { fields.append("\"queries\":\(Int(queries) ?? 0)") }
    if let failure { fields.append("\"error\":\(quoted(failure.detail))") }
    return "{" + fields.joined(separator: ",") + "}\n"
  }

  /// A JSON string literal.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value):
        out += String(format: "\\u%04X", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

extension HTTPField.Name {
  /// yente's header with the number of queries answered.
  static let batchSize = HTTPField.Name("x-batch-size")!
}
