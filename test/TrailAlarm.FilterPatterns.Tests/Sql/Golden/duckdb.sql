WITH records AS (
    -- NDJSON lines are records; a {"Records": [...]} object holds many
    SELECT filename AS source, unnest(CASE WHEN json_type(json, '$.Records') = 'ARRAY' THEN json_extract(json, '$.Records[*]') ELSE [json] END) AS j
    FROM read_json_objects(['logs/**/*.json.gz', 'extra.jsonl'], format = 'auto', filename = true)
), hits AS (
    SELECT unnest(list_filter([
        CASE WHEN (COALESCE((json_type(json_extract(j, '$."errorCode"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(json_extract(j, '$."errorCode"'), '$') LIKE '%UnauthorizedOperation' ESCAPE '\'), FALSE) OR (COALESCE((json_type(json_extract(j, '$."errorCode"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(json_extract(j, '$."errorCode"'), '$') LIKE 'AccessDenied%' ESCAPE '\'), FALSE) AND COALESCE((json_type(json_extract(j, '$."sourceIPAddress"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND NOT COALESCE(json_extract_string(json_extract(j, '$."sourceIPAddress"'), '$') = 'delivery.logs.amazonaws.com', FALSE)), FALSE) AND COALESCE((json_type(json_extract(j, '$."eventName"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND NOT COALESCE(json_extract_string(json_extract(j, '$."eventName"'), '$') = 'HeadBucket', FALSE)), FALSE))) THEN 'cis-4.1' END,
        CASE WHEN (COALESCE((json_type(json_extract(j, '$."userIdentity"."type"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(json_extract(j, '$."userIdentity"."type"'), '$') = 'Root'), FALSE) AND json_extract(j, '$."userIdentity"."invokedBy"') IS NULL AND COALESCE((json_type(json_extract(j, '$."eventType"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND NOT COALESCE(json_extract_string(json_extract(j, '$."eventType"'), '$') = 'AwsServiceEvent', FALSE)), FALSE)) THEN 'cis-4.3' END,
        CASE WHEN (COALESCE((json_type(json_extract(j, '$."userIdentity"."sessionContext"."attributes"."mfaAuthenticated"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND NOT COALESCE(json_extract_string(json_extract(j, '$."userIdentity"."sessionContext"."attributes"."mfaAuthenticated"'), '$') = 'true', FALSE)), FALSE) AND COALESCE((json_type(json_extract(j, '$."readOnly"')) = 'BOOLEAN' AND CAST(json_extract(j, '$."readOnly"') AS VARCHAR) = 'false'), FALSE)) THEN 'mfa' END,
        CASE WHEN (COALESCE((json_type(json_extract(j, '$."eventSource"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(json_extract(j, '$."eventSource"'), '$') = 's3.amazonaws.com'), FALSE) AND (COALESCE((json_type(json_extract(j, '$."requestParameters"."bucketName"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND regexp_matches(json_extract_string(json_extract(j, '$."requestParameters"."bucketName"'), '$'), '(?s)^prod-[a-z]{2,}\z')), FALSE) OR COALESCE(len(list_filter(json_extract(j, '$."resources"[*]."ARN"'), lambda x: (json_type(x) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND json_extract_string(x, '$') LIKE 'arn:aws:s3:::audit%' ESCAPE '\'))) > 0, FALSE))) THEN 'bucket' END,
        CASE WHEN (COALESCE((json_type(json_extract(j, '$."additionalEventData"."bytesTransferredOut"')) NOT IN ('NULL', 'OBJECT', 'ARRAY') AND (json_type(json_extract(j, '$."additionalEventData"."bytesTransferredOut"')) IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE') OR (json_type(json_extract(j, '$."additionalEventData"."bytesTransferredOut"')) = 'VARCHAR' AND regexp_matches(json_extract_string(json_extract(j, '$."additionalEventData"."bytesTransferredOut"'), '$'), '^[+-]?[0-9]+(\.[0-9]+)?\z'))) AND TRY_CAST(json_extract_string(json_extract(j, '$."additionalEventData"."bytesTransferredOut"'), '$') AS DOUBLE) > CAST(1000000 AS DOUBLE)), FALSE) AND NOT COALESCE(len(list_filter(json_extract(j, '$."requestParameters"."tags"[*]."key"'), lambda x: x IS NOT NULL)) > 0, FALSE)) THEN 'size' END
    ], lambda i: i IS NOT NULL)) AS controlId, j, source
    FROM records
    WHERE TRY_CAST(json_extract_string(j, '$.eventTime') AS TIMESTAMPTZ) >= TIMESTAMPTZ '2026-11-01 00:00:00.0000000+00' AND TRY_CAST(json_extract_string(j, '$.eventTime') AS TIMESTAMPTZ) < TIMESTAMPTZ '2026-11-08 12:30:00.0000000+00'
)
SELECT controlId, json_extract_string(j, '$.eventID') AS eventID, json_extract_string(j, '$.eventName') AS eventName,
    json_extract_string(j, '$.eventTime') AS eventTime, source,
    CASE controlId
        WHEN 'cis-4.1' THEN CAST(1 AS DOUBLE)
        WHEN 'cis-4.3' THEN CAST(1 AS DOUBLE)
        WHEN 'mfa' THEN CAST(1 AS DOUBLE)
        WHEN 'bucket' THEN CAST(1 AS DOUBLE)
        WHEN 'size' THEN CASE WHEN json_type(json_extract(j, '$."additionalEventData"."bytesTransferredOut"')) IN ('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE') OR json_type(json_extract(j, '$."additionalEventData"."bytesTransferredOut"')) = 'VARCHAR' THEN TRY_CAST(json_extract_string(json_extract(j, '$."additionalEventData"."bytesTransferredOut"'), '$') AS DOUBLE) END
    END AS value
FROM hits
ORDER BY eventTime, eventID, controlId
