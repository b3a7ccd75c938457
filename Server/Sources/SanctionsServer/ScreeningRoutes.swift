public import Hummingbird
import HTTPTypes
import Foundation
import SanctionsScreening
import SanctionsSupport

/// The service's routes, yente's API:
///
/// | route | answer |
/// | --- | --- |
/// | `POST /match/{dataset}` | matches per query (``MatchRequest``, ``MatchParameters``); 400 bad body or parameters, 404 unknown dataset, 413 body too large, 503 not ready |
/// | `GET /entities/{id}` | one listed entity (404 when unknown) |
/// | `GET /catalog` | the loaded lists: sources, dates, counts, SHA-256 |
/// | `GET /algorithms` | the algorithm (`sanctions`, also `best`) |
/// | `GET /healthz` | 200 while the process runs |
/// | `GET /readyz` | 200 once the index is loaded, 503 before |
public enum ScreeningRoutes {
  /// Limits on what a request may ask.
  public struct Limits: Sendable {
    /// Largest request body (413 beyond).
    public var maximumBodyBytes: Int
    /// Most queries in one `/match` request (400 beyond; yente's `MAX_BATCH`).
    public var maximumBatch: Int

    public init(maximumBodyBytes: Int = 1 << 20, maximumBatch: Int = 100) {
      self.maximumBodyBytes = maximumBodyBytes
      self.maximumBatch = maximumBatch
    }
  }

  /// The router over `holder`'s index.
  public static func router(
    holder: IndexHolder, limits: Limits = Limits(), accessLog: AccessLog? = nil
  ) -> Router<ServerRequestContext> {
    let router = Router(context: ServerRequestContext.self)
    router.add(middleware: AccessLogMiddleware(log: accessLog))

    router.get("/healthz") { _, _ in
      JSONResponse.make(Status(status: "ok"))
    }
    router.get("/readyz") { _, _ throws(APIError) in
      _ = try holder.require()
      return JSONResponse.make(Status(status: "ok"))
    }
    router.get("/algorithms") { _, _ in
      JSONResponse.make(AlgorithmsBody())
    }
    router.get("/catalog") { _, _ throws(APIError) in
      JSONResponse.make(CatalogBody(try holder.require()))
    }
    router.get("/entities/:id") { _, context throws(APIError) in
      let index = try holder.require()
      let raw = context.parameters.get("id") ?? ""
      let id = raw.removingPercentEncoding ?? raw
      guard let entity = index.entity(id: id) else { throw .notFound("No such entity: \(id)") }
      return JSONResponse.make(EntityBody(entity, records: index.partyRecords(of: entity), index: index, withListFile: true))
    }
    router.post("/match/:dataset") { request, context in
      try await match(request, context: context, holder: holder, limits: limits)
    }
    return router
  }

  /// `POST /match/{dataset}`.
  static func match(
    _ request: Request, context: ServerRequestContext, holder: IndexHolder, limits: Limits
  ) async throws(APIError) -> Response {
    let parameters = try MatchParameters(request.uri.queryParameters)
    let index = try holder.require()
    let rawDataset = context.parameters.get("dataset") ?? ""
    let scope = try DatasetScope(
      dataset: rawDataset.removingPercentEncoding ?? rawDataset, parameters: parameters, available: index.sources)
    if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limits.maximumBodyBytes {
      throw .contentTooLarge(limit: limits.maximumBodyBytes)
    }
    let body: ByteBuffer
    do {
      body = try await request.body.collect(upTo: limits.maximumBodyBytes)
    } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
      throw .contentTooLarge(limit: limits.maximumBodyBytes)
    } catch {
      throw .badRequest("The request body could not be read: \(error)")
    }
    let parsed = try MatchRequest(MatchRequest.parseBody(body.readableBytesView), maximumQueries: limits.maximumBatch)
    let hits = try await BatchScreening.screen(parsed.queries, index: index, parameters: parameters, scope: scope)
    return JSONResponse.make(
      MatchResponseBody(queries: parsed.queries, hits: hits, parameters: parameters, index: index),
      headers: [.batchSize: String(parsed.queries.count)])
  }

  /// `{"status": "ok"}`.
  struct Status: JSONWritable {
    var status: String

    func write(to json: inout JSONWriter) {
      json.beginObject()
      json.field("status", status)
      json.endObject()
    }
  }
}
