WITH records AS (
    -- NDJSON lines are records; a {"Records": [...]} object holds many
    SELECT filename AS source, unnest(CASE WHEN json_type(json, '$.Records') = 'ARRAY' THEN json_extract(json, '$.Records[*]') ELSE [json] END) AS j
    FROM read_json_objects(['logs/**/*.json.gz', 'extra.jsonl'], format = 'auto', filename = true, maximum_object_size = 1073741824)
), fields AS (
    -- every field the rules read, extracted in one pass over the record
    SELECT source, j, json_extract(j, ['$."errorCode"', '$."sourceIPAddress"', '$."eventName"', '$."userIdentity"."type"', '$."userIdentity"."invokedBy"', '$."eventType"', '$."userIdentity"."sessionContext"."attributes"."mfaAuthenticated"', '$."readOnly"', '$."eventSource"', '$."requestParameters"."bucketName"', '$."additionalEventData"."bytesTransferredOut"']) AS f
    FROM records
), hits AS (
    SELECT unnest(list_filter([
        CASE WHEN (COALESCE((json_type(f[1]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(f[1], '$') LIKE '%UnauthorizedOperation' ESCAPE '\'), FALSE) OR (COALESCE((json_type(f[1]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(f[1], '$') LIKE 'AccessDenied%' ESCAPE '\'), FALSE) AND COALESCE((json_type(f[2]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND NOT COALESCE(json_extract_string(f[2], '$') = 'delivery.logs.amazonaws.com', FALSE)), FALSE) AND COALESCE((json_type(f[3]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND NOT COALESCE(json_extract_string(f[3], '$') = 'HeadBucket', FALSE)), FALSE))) THEN 'cis-4.1' END,
        CASE WHEN (COALESCE((json_type(f[4]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(f[4], '$') = 'Root'), FALSE) AND f[5] IS NULL AND COALESCE((json_type(f[6]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND NOT COALESCE(json_extract_string(f[6], '$') = 'AwsServiceEvent', FALSE)), FALSE)) THEN 'cis-4.3' END,
        CASE WHEN (COALESCE((json_type(f[7]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND NOT COALESCE(json_extract_string(f[7], '$') = 'true', FALSE)), FALSE) AND COALESCE((json_type(f[8]) = 'BOOLEAN' AND CAST(f[8] AS VARCHAR) = 'false'), FALSE)) THEN 'mfa' END,
        CASE WHEN (COALESCE((json_type(f[9]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(f[9], '$') = 's3.amazonaws.com'), FALSE) AND (COALESCE((json_type(f[10]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND regexp_matches(json_extract_string(f[10], '$'), '(?s)^prod-[a-z]{2,}\z')), FALSE) OR COALESCE(len(list_filter(json_extract(j, '$."resources"[*]."ARN"'), lambda x: (json_type(x) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(x, '$') LIKE 'arn:aws:s3:::audit%' ESCAPE '\'))) > 0, FALSE))) THEN 'bucket' END,
        CASE WHEN (COALESCE((json_type(f[11]) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND (json_type(f[11]) IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE') OR (json_type(f[11]) = 'VARCHAR' AND regexp_matches(json_extract_string(f[11], '$'), '^[+-]?[0-9]+(\.[0-9]+)?\z'))) AND TRY_CAST(json_extract_string(f[11], '$') AS DOUBLE) > CAST(1000000 AS DOUBLE)), FALSE) AND NOT COALESCE(len(list_filter(json_extract(j, '$."requestParameters"."tags"[*]."key"'), lambda x: x IS NOT NULL)) > 0, FALSE)) THEN 'size' END
    ], lambda i: i IS NOT NULL)) AS controlId, j, f, source
    FROM fields
    WHERE TRY_CAST(json_extract_string(j, '$.eventTime') AS TIMESTAMPTZ) >= TIMESTAMPTZ '2026-11-01 00:00:00.0000000+00' AND TRY_CAST(json_extract_string(j, '$.eventTime') AS TIMESTAMPTZ) < TIMESTAMPTZ '2026-11-08 12:30:00.0000000+00'
)
SELECT controlId, json_extract_string(j, '$.eventID') AS eventID, json_extract_string(j, '$.eventName') AS eventName,
    json_extract_string(j, '$.eventTime') AS eventTime, source,
    CASE controlId
        WHEN 'cis-4.1' THEN CAST(1 AS DOUBLE)
        WHEN 'cis-4.3' THEN CAST(1 AS DOUBLE)
        WHEN 'mfa' THEN CAST(1 AS DOUBLE)
        WHEN 'bucket' THEN CAST(1 AS DOUBLE)
        WHEN 'size' THEN CASE WHEN json_type(f[11]) IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE') OR json_type(f[11]) = 'VARCHAR' THEN TRY_CAST(json_extract_string(f[11], '$') AS DOUBLE) END
    END AS value
FROM hits
ORDER BY eventTime, eventID, controlId
