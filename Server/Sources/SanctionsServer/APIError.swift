public import Hummingbird
import Foundation
import SanctionsSupport

/// A request the service refuses or cannot answer, with the HTTP status and a message for the
/// caller. It is answered as yente answers errors: `{"detail": "<message>"}`, which `yente-client`
/// turns into `BadRequestError`, `NotFoundError` or `ServerError` carrying the message.
public struct APIError: Error, HTTPResponseError, Sendable, Equatable, CustomStringConvertible {
  /// The HTTP status of the answer.
  public let status: HTTPResponse.Status
  /// What went wrong and, where it helps, what to send instead.
  public let detail: String

  /// An error with any status.
  public init(_ status: HTTPResponse.Status, _ detail: String) {
    self.status = status
    self.detail = detail
  }

  /// 400: the request is malformed (body, parameters, a query that cannot be screened).
  public static func badRequest(_ detail: String) -> APIError { APIError(.badRequest, detail) }
  /// 404: no such entity, dataset or route.
  public static func notFound(_ detail: String) -> APIError { APIError(.notFound, detail) }
  /// 413: the body is larger than the service accepts.
  public static func contentTooLarge(limit: Int) -> APIError {
    APIError(.contentTooLarge, "The request body is larger than \(limit) bytes; send fewer or smaller queries per request.")
  }
  /// 503: the index is not loaded yet (or could not be loaded).
  public static func notReady(_ detail: String = "Index not ready.") -> APIError { APIError(.serviceUnavailable, detail) }

  public var description: String { "\(status.code) \(detail)" }

  public func response(from request: Request, context: some RequestContext) throws -> Response {
    JSONResponse.make(ErrorBody(detail: detail), status: status)
  }

  /// The body of an error answer.
  struct ErrorBody: JSONWritable {
    var detail: String

    func write(to json: inout JSONWriter) {
      json.beginObject()
      json.field("detail", detail)
      json.endObject()
    }
  }
}
