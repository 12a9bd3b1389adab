#pragma once

#include "Database.h"
#include "core/Entities.h"

#include <QList>
#include <optional>

namespace hocbaso::store {

// Managing units, schools, classes and pupils: the organisation the records hang on.
class UnitRepository
{
public:
    explicit UnitRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const Unit& unit);
    Result<std::optional<Unit>> byCode(const QString& code);
    Result<std::optional<Unit>> byId(qint64 id);
    Result<QList<Unit>> all();
    Result<qint64> count();

private:
    Database& m_db;
};

class SchoolRepository
{
public:
    explicit SchoolRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const School& school);
    Result<std::optional<School>> byCode(const QString& code);
    Result<std::optional<School>> byId(qint64 id);
    // Schools of one unit (0: all), in Vietnamese order of their names.
    Result<QList<School>> list(qint64 unitId = 0);
    Result<qint64> count();

private:
    Database& m_db;
};

class ClassRepository
{
public:
    explicit ClassRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const SchoolClass& c);
    Result<std::optional<SchoolClass>> byId(qint64 id);

private:
    Database& m_db;
};

class PupilRepository
{
public:
    explicit PupilRepository(Database& db) : m_db(db) {}
    // `nameSort`, when the caller has it already, is text::nameSortKey(pupil.fullName).
    Result<qint64> insert(const Pupil& pupil, const QString& nameSort = {});
    Result<std::optional<Pupil>> byId(qint64 id);
    Result<qint64> count();

private:
    Database& m_db;
};

} // namespace hocbaso::store
