SELECT d.district_code, d.district_name FROM core.district d WHERE d.district_code = :district
