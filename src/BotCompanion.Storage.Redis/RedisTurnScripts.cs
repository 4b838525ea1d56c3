namespace BotCompanion.Storage.Redis;

/// <summary>
/// The Lua of <see cref="RedisTurnJournal"/>. KEYS: 1 stream, 2 deliveries hash, 3 sent hash, 4 the conversation's
/// lane (entry ids in arrival order) or the dead-letter stream. Each script is atomic, so an entry, its lane and its
/// counters never disagree.
/// </summary>
internal static class RedisTurnScripts
{
    /// <summary>Lua: whether ARGV[2] (the consumer) holds entry <c>id</c> in group ARGV[1] of the stream KEYS[1].</summary>
    private const string Holds =
        """
        local function holds(id)
          local p = redis.call('XPENDING', KEYS[1], ARGV[1], id, id, 1)
          return p[1] and p[1][2] == ARGV[2]
        end

        """;

    /// <summary>Lua: removes entry <c>id</c> from the group ARGV[1], the stream, its lane (KEYS[4]) and its counters.</summary>
    private const string Finish =
        """
        local function finish(id)
          redis.call('XACK', KEYS[1], ARGV[1], id)
          redis.call('XDEL', KEYS[1], id)
          redis.call('LREM', KEYS[4], 1, id)
          redis.call('HDEL', KEYS[2], id)
          redis.call('HDEL', KEYS[3], id)
          return 1
        end

        """;

    /// <summary>ARGV: capacity, conversation, payload. Returns the entry id, or false when the journal is full.</summary>
    public const string Append =
        """
        if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then return false end
        local id = redis.call('XADD', KEYS[1], '*', 'conv', ARGV[2], 'payload', ARGV[3])
        redis.call('RPUSH', KEYS[4], id)
        return id
        """;

    /// <summary>
    /// ARGV: group, consumer, lease ms, claim cursor, max, recover ('1' also re-reads this consumer's own unfinished
    /// entries, after a restart), claim ('1' takes over entries idle longer than the lease), the lanes' key prefix.
    /// Returns the next claim cursor, then id, conversation, payload, deliveries, sent and 1 when it heads its lane,
    /// per entry. The lane keys are built here from the prefix (they are only known once the entries are read).
    /// </summary>
    public const string Take =
        """
        local max = tonumber(ARGV[5])
        local taken = {}
        if ARGV[6] == '1' then
          local own = redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', max, 'STREAMS', KEYS[1], '0')
          if own then for _, e in ipairs(own[1][2]) do if e[2] then table.insert(taken, e) end end end
        end
        local claimed = { ARGV[4], {} }
        if ARGV[7] == '1' then claimed = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4], 'COUNT', max) end
        for _, e in ipairs(claimed[2]) do if e[2] then table.insert(taken, e) end end
        if #taken < max then
          local fresh = redis.call('XREADGROUP', 'GROUP', ARGV[1], ARGV[2], 'COUNT', max - #taken, 'STREAMS', KEYS[1], '>')
          if fresh then for _, e in ipairs(fresh[1][2]) do table.insert(taken, e) end end
        end
        local out = { claimed[1] }
        for _, e in ipairs(taken) do
          local f = {}
          for i = 1, #e[2], 2 do f[e[2][i]] = e[2][i + 1] end
          table.insert(out, e[1])
          table.insert(out, f['conv'] or '')
          table.insert(out, f['payload'] or '')
          table.insert(out, redis.call('HINCRBY', KEYS[2], e[1], 1))
          table.insert(out, tonumber(redis.call('HGET', KEYS[3], e[1]) or '0'))
          local head = redis.call('LINDEX', ARGV[8] .. (f['conv'] or ''), 0)
          table.insert(out, (head == false or head == e[1]) and 1 or 0)
        end
        return out
        """;

    /// <summary>ARGV: group, consumer, entry ids. Resets the idle time of the entries this consumer still owns.</summary>
    public const string Renew = Holds +
        """
        for i = 3, #ARGV do
          if holds(ARGV[i]) then redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'JUSTID') end
        end
        return 1
        """;

    /// <summary>
    /// ARGV: group, consumer, entry id, idle ms to set, counted ('0' takes back the delivery). Makes an entry this
    /// consumer owns look idle for that long, so it is claimable when the lease minus that has passed.
    /// </summary>
    public const string Release = Holds +
        """
        if not holds(ARGV[3]) then return 0 end
        redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[3], 'IDLE', ARGV[4], 'JUSTID')
        if ARGV[5] == '0' then redis.call('HINCRBY', KEYS[2], ARGV[3], -1) end
        return 1
        """;

    /// <summary>ARGV: group, consumer, entry id, count. Records the count if this consumer still holds the entry; returns 1 if it does.</summary>
    public const string MarkSent = Holds +
        """
        if not holds(ARGV[3]) then return 0 end
        if tonumber(ARGV[4]) > 0 then redis.call('HSET', KEYS[3], ARGV[3], ARGV[4]) end
        return 1
        """;

    /// <summary>ARGV: group, entry id. Removes a finished entry, its place in its lane and its counters.</summary>
    public const string Complete = Finish + "return finish(ARGV[2])";

    /// <summary>ARGV: group, consumer, entry id. <see cref="Complete"/>, only if this consumer still holds the entry; returns 1 if it did.</summary>
    public const string CompleteHeld = Holds + Finish +
        """
        if not holds(ARGV[3]) then return 0 end
        return finish(ARGV[3])
        """;

    /// <summary>KEYS[5]: the dead-letter stream. ARGV: group, entry id, conversation, payload, reason, deliveries, capacity.</summary>
    public const string DeadLetter = Finish +
        """
        redis.call('XADD', KEYS[5], 'MAXLEN', '~', ARGV[7], '*', 'conv', ARGV[3], 'payload', ARGV[4], 'reason', ARGV[5], 'deliveries', ARGV[6], 'entry', ARGV[2])
        return finish(ARGV[2])
        """;

    /// <summary>KEYS[1]: the dead-letter stream. ARGV: conversation. Deletes its entries; returns how many.</summary>
    public const string Forget =
        """
        local removed = 0
        for _, e in ipairs(redis.call('XRANGE', KEYS[1], '-', '+')) do
          for i = 1, #e[2], 2 do
            if e[2][i] == 'conv' and e[2][i + 1] == ARGV[1] then
              redis.call('XDEL', KEYS[1], e[1])
              removed = removed + 1
            end
          end
        end
        return removed
        """;
}
