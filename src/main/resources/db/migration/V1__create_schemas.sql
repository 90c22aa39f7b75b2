CREATE SCHEMA IF NOT EXISTS ops;
CREATE SCHEMA IF NOT EXISTS staging;
CREATE SCHEMA IF NOT EXISTS core;
CREATE SCHEMA IF NOT EXISTS mart;

COMMENT ON SCHEMA ops IS '运行记录：报送文件、校验问题、作业运行 / Operations: submissions, issues, runs';
COMMENT ON SCHEMA staging IS '暂存：按报送读取的原始行 / Staging: rows as read, by submission';
COMMENT ON SCHEMA core IS '核心库：区、街道、报送期、设施及其历史 / Core: districts, federations, periods, facilities with history';
COMMENT ON SCHEMA mart IS '统计集市：供统计人员查询的视图 / Marts: views statisticians query';
