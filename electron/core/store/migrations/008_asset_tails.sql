-- Staff ask for a device by the last digits of its IMEI ("ends with 3809") and for a vehicle by its
-- plate without the province character ("A12345" for 粤A12345). Both are expression indexes, so the
-- search reads an index range and no column needs filling in.
CREATE INDEX assets_imei_tail ON assets (substr(imei, -4)) WHERE imei IS NOT NULL;
CREATE INDEX assets_plate_tail ON assets (substr(plate, 2)) WHERE plate IS NOT NULL;
