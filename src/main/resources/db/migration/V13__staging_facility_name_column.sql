-- Where each row's 名称 sits in the federation's own workbook (0-based column; the layout
-- follows the header, so it differs from file to file), for the A1 reference of the
-- warnings found against the warehouse (FACILITY_RENAMED, FACILITY_CLAIMED_ELSEWHERE).
ALTER TABLE staging.facility ADD COLUMN name_column smallint;
