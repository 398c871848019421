SELECT m.controlId AS controlId, eventid AS eventID, eventname AS eventName,
    to_iso8601(eventtime) AS eventTime, 'eds-0123' AS source,
    CASE m.controlId
        WHEN 'cis-4.1' THEN CAST(1 AS DOUBLE)
        WHEN 'cis-4.3' THEN CAST(1 AS DOUBLE)
        WHEN 'mfa' THEN CAST(1 AS DOUBLE)
        WHEN 'bucket' THEN CAST(1 AS DOUBLE)
    END AS value
FROM eds-0123
CROSS JOIN UNNEST(filter(ARRAY[
    IF((COALESCE((errorcode IS NOT NULL AND errorcode LIKE '%UnauthorizedOperation' ESCAPE '\'), FALSE) OR (COALESCE((errorcode IS NOT NULL AND errorcode LIKE 'AccessDenied%' ESCAPE '\'), FALSE) AND COALESCE((sourceipaddress IS NOT NULL AND NOT COALESCE(sourceipaddress = 'delivery.logs.amazonaws.com', FALSE)), FALSE) AND COALESCE((eventname IS NOT NULL AND NOT COALESCE(eventname = 'HeadBucket', FALSE)), FALSE))), 'cis-4.1'),
    IF((COALESCE((useridentity.type IS NOT NULL AND useridentity.type = 'Root'), FALSE) AND useridentity.invokedby IS NULL AND COALESCE((eventtype IS NOT NULL AND NOT COALESCE(eventtype = 'AwsServiceEvent', FALSE)), FALSE)), 'cis-4.3'),
    IF((COALESCE((useridentity.sessioncontext.attributes.mfaauthenticated IS NOT NULL AND NOT COALESCE(useridentity.sessioncontext.attributes.mfaauthenticated = 'true', FALSE)), FALSE) AND COALESCE(readonly = FALSE, FALSE)), 'mfa'),
    IF((COALESCE((eventsource IS NOT NULL AND eventsource = 's3.amazonaws.com'), FALSE) AND (COALESCE((element_at(requestparameters, 'bucketName') IS NOT NULL AND regexp_like(element_at(requestparameters, 'bucketName'), '(?s)^prod-[a-z]{2,}\z')), FALSE) OR COALESCE(any_match(resources, x -> (x.arn IS NOT NULL AND x.arn LIKE 'arn:aws:s3:::audit%' ESCAPE '\')), FALSE))), 'bucket')
], i -> i IS NOT NULL)) AS m (controlId)
WHERE eventtime >= TIMESTAMP '2026-11-01 00:00:00.000'
    AND eventtime < TIMESTAMP '2026-11-08 12:30:00.000'
ORDER BY eventTime, eventID, controlId
