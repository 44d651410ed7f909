import GRDB
import Strata

/// A store's topology columns in `rm_stores`, read and written as one ``StoreTopologyState``.
enum StoredTopology {
    static func load(_ storeID: String, in db: Database) throws -> StoreTopologyState? {
        let sql = "SELECT read_replicas, cache_in_front, read_models, shard_strategy, shard_key, scaled_up_to FROM rm_stores WHERE store_id = ?"
        guard let row = try Row.fetchOne(try db.cachedStatement(sql: sql), arguments: [storeID]) else { return nil }
        var topology = StoreTopologyState()
        topology.readReplicas = row[0]
        topology.cacheInFront = row[1]
        topology.readModels = JSONCoding.decode([String].self, row[2]) ?? []
        topology.sharding = (row[3] as String?).flatMap(ShardStrategy.init(rawValue:))
        topology.shardKey = row[4]
        topology.scaledUpTo = row[5]
        return topology
    }

    static func save(_ topology: StoreTopologyState, for storeID: String, position: Int64, in db: Database) throws {
        try db.executeCached(
            sql: """
                UPDATE rm_stores SET read_replicas = ?, cache_in_front = ?, read_models = ?, shard_strategy = ?, shard_key = ?, scaled_up_to = ?,
                  position = ?
                WHERE store_id = ?
                """,
            arguments: [topology.readReplicas, topology.cacheInFront, JSONCoding.text(topology.readModels),
                        topology.sharding?.rawValue, topology.shardKey, topology.scaledUpTo, position, storeID])
    }
}
