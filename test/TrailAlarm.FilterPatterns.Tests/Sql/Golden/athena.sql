SELECT m.controlId AS controlId, eventid AS eventID, eventname AS eventName,
    eventtime AS eventTime, "$path" AS source,
    CASE m.controlId
        WHEN 'cis-4.1' THEN CAST(1 AS DOUBLE)
        WHEN 'cis-4.3' THEN CAST(1 AS DOUBLE)
        WHEN 'mfa' THEN CAST(1 AS DOUBLE)
        WHEN 'bucket' THEN CAST(1 AS DOUBLE)
        WHEN 'size' THEN CASE WHEN (is_json_scalar(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) AND json_format(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) NOT LIKE '"%' AND json_format(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) NOT IN ('true', 'false', 'null')) OR json_format(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) LIKE '"%' THEN TRY_CAST(json_extract_scalar(json_extract(additionaleventdata, '$["bytesTransferredOut"]'), '$') AS DOUBLE) END
    END AS value
FROM security.cloudtrail_logs
CROSS JOIN UNNEST(filter(ARRAY[
    IF((COALESCE((errorcode IS NOT NULL AND errorcode LIKE '%UnauthorizedOperation' ESCAPE '\'), FALSE) OR (COALESCE((errorcode IS NOT NULL AND errorcode LIKE 'AccessDenied%' ESCAPE '\'), FALSE) AND COALESCE((sourceipaddress IS NOT NULL AND NOT COALESCE(sourceipaddress = 'delivery.logs.amazonaws.com', FALSE)), FALSE) AND COALESCE((eventname IS NOT NULL AND NOT COALESCE(eventname = 'HeadBucket', FALSE)), FALSE))), 'cis-4.1'),
    IF((COALESCE((useridentity.type IS NOT NULL AND useridentity.type = 'Root'), FALSE) AND useridentity.invokedby IS NULL AND COALESCE((eventtype IS NOT NULL AND NOT COALESCE(eventtype = 'AwsServiceEvent', FALSE)), FALSE)), 'cis-4.3'),
    IF((COALESCE((useridentity.sessioncontext.attributes.mfaauthenticated IS NOT NULL AND NOT COALESCE(useridentity.sessioncontext.attributes.mfaauthenticated = 'true', FALSE)), FALSE) AND COALESCE(readonly = 'false', FALSE)), 'mfa'),
    IF((COALESCE((eventsource IS NOT NULL AND eventsource = 's3.amazonaws.com'), FALSE) AND (COALESCE(((is_json_scalar(json_extract(requestparameters, '$["bucketName"]')) AND json_format(json_extract(requestparameters, '$["bucketName"]')) <> 'null') AND regexp_like(json_extract_scalar(json_extract(requestparameters, '$["bucketName"]'), '$'), '(?s)^prod-[a-z]{2,}\z')), FALSE) OR COALESCE(any_match(resources, x -> (x.arn IS NOT NULL AND x.arn LIKE 'arn:aws:s3:::audit%' ESCAPE '\')), FALSE))), 'bucket'),
    IF((COALESCE(((is_json_scalar(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) AND json_format(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) <> 'null') AND ((is_json_scalar(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) AND json_format(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) NOT LIKE '"%' AND json_format(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) NOT IN ('true', 'false', 'null')) OR (json_format(json_extract(additionaleventdata, '$["bytesTransferredOut"]')) LIKE '"%' AND regexp_like(json_extract_scalar(json_extract(additionaleventdata, '$["bytesTransferredOut"]'), '$'), '^[+-]?[0-9]+(\.[0-9]+)?\z'))) AND TRY_CAST(json_extract_scalar(json_extract(additionaleventdata, '$["bytesTransferredOut"]'), '$') AS DOUBLE) > CAST(1000000 AS DOUBLE)), FALSE) AND NOT COALESCE(any_match(TRY_CAST(json_extract(requestparameters, '$["tags"]') AS ARRAY(JSON)), x -> json_extract(x, '$["key"]') IS NOT NULL), FALSE)), 'size')
], i -> i IS NOT NULL)) AS m (controlId)
WHERE from_iso8601_timestamp(eventtime) >= from_iso8601_timestamp('2026-11-01T00:00:00.000Z')
    AND from_iso8601_timestamp(eventtime) < from_iso8601_timestamp('2026-11-08T12:30:00.000Z')
    AND "timestamp" >= '2026/10/31'
    AND "timestamp" <= '2026/11/09'
ORDER BY eventTime, eventID, controlId
