#include "services/SchoolImportPlan.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace hocbaso;
using namespace hocbaso::services;

namespace {

ImportUnit unit(qint64 id, const QString& code, bool closed = false)
{
    ImportUnit u;
    u.unit.id = id;
    u.unit.code = code;
    u.unit.name = QStringLiteral("Phòng GD&ĐT ") + code;
    u.closed = closed;
    return u;
}

ExistingSchool existing(qint64 id, const QString& code, const QString& name, qint64 unitId, const QString& unitCode,
                        Ownership ownership = Ownership::Public, const QString& taxCode = {},
                        const QString& address = {}, bool closed = false)
{
    ExistingSchool s;
    s.school.id = id;
    s.school.code = code;
    s.school.name = name;
    s.school.unitId = unitId;
    s.school.unitCode = unitCode;
    s.school.ownership = ownership;
    s.school.taxCode = taxCode;
    s.school.address = address;
    s.closed = closed;
    return s;
}

SchoolImportRow row(int line, const QString& code, const QString& name, const QString& unitCode,
                    Ownership ownership = Ownership::Public, const QString& taxCode = {}, const QString& address = {})
{
    return SchoolImportRow{line, code, name, unitCode, ownership, taxCode, address};
}

SchoolImportTable table(QList<SchoolImportRow> rows)
{
    SchoolImportTable t;
    t.format = SchoolImportFormat::Csv;
    t.rows = std::move(rows);
    return t;
}

const QList<ImportUnit> kUnits{unit(1, QStringLiteral("PGD-Q1")), unit(2, QStringLiteral("PGD-Q3")),
                               unit(3, QStringLiteral("PGD-CU"), true)};

// What the writer will do, done to a list in memory: the plan's schools replace or join the list.
QList<ExistingSchool> apply(const SchoolImportPlan& plan, QList<ExistingSchool> schools)
{
    qint64 nextId = 1000;
    for (const SchoolImportStep& step : plan.steps) {
        if (step.action == SchoolImportAction::Add) {
            ExistingSchool s;
            s.school = step.school;
            s.school.id = nextId++;
            schools.append(s);
        } else if (step.action == SchoolImportAction::Update) {
            auto it = std::find_if(schools.begin(), schools.end(),
                                   [&](const ExistingSchool& e) { return e.school.id == step.school.id; });
            EXPECT_NE(it, schools.end());
            if (it != schools.end())
                it->school = step.school;
        }
    }
    return schools;
}

} // namespace

TEST(SchoolImportPlan, AddsANewSchool)
{
    const auto plan = planSchoolImport(
        table({row(2, "S1", "Trường A", "PGD-Q1", Ownership::Private, "0101", "1 Lê Lợi")}), {}, kUnits);
    ASSERT_TRUE(plan.canApply());
    EXPECT_EQ(plan.format, SchoolImportFormat::Csv);
    EXPECT_EQ(plan.added, 1);
    EXPECT_EQ(plan.updated + plan.unchanged + plan.refused, 0);
    ASSERT_EQ(plan.steps.size(), 1);
    const auto& s = plan.steps[0];
    EXPECT_EQ(s.action, SchoolImportAction::Add);
    EXPECT_EQ(s.line, 2);
    EXPECT_EQ(s.school.id, 0);
    EXPECT_EQ(s.school.unitId, 1);
    EXPECT_EQ(s.school.unitCode, QStringLiteral("PGD-Q1"));
    EXPECT_EQ(s.school.ownership, Ownership::Private);
    EXPECT_EQ(s.school.taxCode, QStringLiteral("0101"));
    EXPECT_EQ(s.school.address, QStringLiteral("1 Lê Lợi"));
    EXPECT_TRUE(s.description().contains(QStringLiteral("PGD-Q1")));
}

TEST(SchoolImportPlan, UpdatesChangedFieldsAndListsThem)
{
    const QList<ExistingSchool> schools{existing(7, "S1", "Trường A", 1, "PGD-Q1", Ownership::Public, "0101", "cũ")};
    const auto plan = planSchoolImport(
        table({row(3, "S1", "Trường A mới", "PGD-Q1", Ownership::Private, "0202", "mới")}), schools, kUnits);
    ASSERT_TRUE(plan.canApply());
    EXPECT_EQ(plan.updated, 1);
    const auto& s = plan.steps[0];
    EXPECT_EQ(s.action, SchoolImportAction::Update);
    EXPECT_EQ(s.school.id, 7);
    EXPECT_FALSE(s.moves());
    QList<SchoolField> fields;
    for (const auto& c : s.changes)
        fields.append(c.field);
    EXPECT_EQ(fields, QList<SchoolField>(
                          {SchoolField::Name, SchoolField::Ownership, SchoolField::TaxCode, SchoolField::Address}));
    EXPECT_EQ(s.changes[0].before, QStringLiteral("Trường A"));
    EXPECT_EQ(s.changes[0].after, QStringLiteral("Trường A mới"));
    EXPECT_TRUE(s.description().contains(QStringLiteral("Trường A mới")));
}

TEST(SchoolImportPlan, ADifferentUnitMovesTheSchool)
{
    const QList<ExistingSchool> schools{existing(7, "S1", "Trường A", 1, "PGD-Q1")};
    const auto plan = planSchoolImport(table({row(2, "S1", "Trường A", "PGD-Q3")}), schools, kUnits);
    ASSERT_TRUE(plan.canApply());
    const auto& s = plan.steps[0];
    EXPECT_EQ(s.action, SchoolImportAction::Update);
    EXPECT_TRUE(s.moves());
    ASSERT_EQ(s.changes.size(), 1);
    EXPECT_EQ(s.changes[0].field, SchoolField::Unit);
    EXPECT_EQ(s.changes[0].before, QStringLiteral("PGD-Q1"));
    EXPECT_EQ(s.changes[0].after, QStringLiteral("PGD-Q3"));
    EXPECT_EQ(s.school.unitId, 2);
    const QString d = s.description();
    EXPECT_TRUE(d.contains(QStringLiteral("PGD-Q1")) && d.contains(QStringLiteral("PGD-Q3"))) << d.toStdString();
}

TEST(SchoolImportPlan, SameValuesAreUnchangedAndBlankCellsKeepStoredValues)
{
    const QList<ExistingSchool> schools{
        existing(7, "S1", "Trường A", 1, "PGD-Q1", Ownership::Public, "0101", "1 Lê Lợi")};
    const auto plan = planSchoolImport(
        table({row(2, "S1", "Trường A", "PGD-Q1", Ownership::Public, "0101", "1 Lê Lợi"),
               row(3, "S2", "Trường B", "PGD-Q1")}),
        schools + QList<ExistingSchool>{existing(8, "S2", "Trường B", 1, "PGD-Q1", Ownership::Public, "9", "x")},
        kUnits);
    ASSERT_TRUE(plan.canApply());
    EXPECT_EQ(plan.unchanged, 2);
    EXPECT_EQ(plan.steps[1].action, SchoolImportAction::Unchanged);
    EXPECT_EQ(plan.steps[1].school.taxCode, QStringLiteral("9"));
    EXPECT_EQ(plan.steps[1].school.address, QStringLiteral("x"));
    EXPECT_TRUE(plan.steps[1].changes.isEmpty());
}

TEST(SchoolImportPlan, UnitCodeOfAStoredSchoolMayComeFromItsId)
{
    // A read that did not join the unit leaves unitCode empty.
    const QList<ExistingSchool> schools{existing(7, "S1", "Trường A", 2, {})};
    const auto plan = planSchoolImport(table({row(2, "S1", "Trường A", "PGD-Q3")}), schools, kUnits);
    EXPECT_EQ(plan.unchanged, 1);
}

TEST(SchoolImportPlan, UnknownUnitIsRefusedWithItsLine)
{
    const auto plan =
        planSchoolImport(table({row(2, "S1", "Trường A", "PGD-Q1"), row(4, "S2", "Trường B", "KHONG-CO")}), {}, kUnits);
    EXPECT_FALSE(plan.canApply());
    EXPECT_EQ(plan.added, 1);
    EXPECT_EQ(plan.refused, 1);
    ASSERT_EQ(plan.errors.size(), 1);
    EXPECT_EQ(plan.errors[0].line, 4);
    EXPECT_EQ(plan.errors[0].column, QStringLiteral("Đơn vị quản lý"));
    EXPECT_TRUE(plan.errors[0].message.contains(QStringLiteral("KHONG-CO")));
    EXPECT_EQ(plan.steps[1].action, SchoolImportAction::Refused);
    EXPECT_EQ(plan.steps[1].description(), plan.errors[0].message);
}

TEST(SchoolImportPlan, ClosedUnitTakesNoNewOrChangedSchoolButKeepsItsOwn)
{
    const QList<ExistingSchool> schools{existing(7, "S1", "Trường A", 3, "PGD-CU"),
                                        existing(8, "S2", "Trường B", 1, "PGD-Q1")};
    const auto plan = planSchoolImport(table({row(2, "S1", "Trường A", "PGD-CU"), row(3, "S2", "Trường B", "PGD-CU"),
                                              row(4, "S3", "Trường C", "PGD-CU")}),
                                       schools, kUnits);
    EXPECT_EQ(plan.unchanged, 1);
    EXPECT_EQ(plan.refused, 2);
    ASSERT_EQ(plan.errors.size(), 2);
    EXPECT_EQ(plan.errors[0].line, 3);
    EXPECT_EQ(plan.errors[1].line, 4);
}

TEST(SchoolImportPlan, ClosedSchoolIsNotChanged)
{
    const QList<ExistingSchool> schools{existing(7, "S1", "Trường A", 1, "PGD-Q1", Ownership::Public, {}, {}, true),
                                        existing(8, "S2", "Trường B", 1, "PGD-Q1", Ownership::Public, {}, {}, true)};
    const auto plan = planSchoolImport(
        table({row(2, "S1", "Trường A đổi tên", "PGD-Q1"), row(3, "S2", "Trường B", "PGD-Q1")}), schools, kUnits);
    EXPECT_EQ(plan.refused, 1);
    EXPECT_EQ(plan.unchanged, 1);
    ASSERT_EQ(plan.errors.size(), 1);
    EXPECT_EQ(plan.errors[0].line, 2);
    EXPECT_EQ(plan.errors[0].column, QStringLiteral("Mã trường"));
}

TEST(SchoolImportPlan, SchoolOfAnotherOfficeIsNotTakenOver)
{
    // S1 is stored under a unit the actor does not manage (not in the list they were given).
    const QList<ExistingSchool> schools{existing(7, "S1", "Trường A", 99, "PGD-KHAC")};
    const auto plan = planSchoolImport(table({row(2, "S1", "Trường A", "PGD-Q1")}), schools, kUnits);
    EXPECT_EQ(plan.refused, 1);
    ASSERT_EQ(plan.errors.size(), 1);
    EXPECT_TRUE(plan.errors[0].message.contains(QStringLiteral("PGD-KHAC")));
}

TEST(SchoolImportPlan, FileErrorsComeFirstAndBlockTheImport)
{
    SchoolImportTable t = table({row(5, "S9", "Trường Z", "NOPE")});
    t.errors.append({3, QStringLiteral("code"), QStringLiteral("file problem")});
    t.errors.append({8, QStringLiteral("code"), QStringLiteral("another")});
    const auto plan = planSchoolImport(t, {}, kUnits);
    EXPECT_FALSE(plan.canApply());
    ASSERT_EQ(plan.errors.size(), 3);
    EXPECT_EQ(plan.errors[0].line, 3);
    EXPECT_EQ(plan.errors[1].line, 5); // sorted by line
    EXPECT_EQ(plan.errors[2].line, 8);
}

TEST(SchoolImportPlan, TheSameFileTwiceChangesNothingTheSecondTime)
{
    const QList<ExistingSchool> before{existing(7, "S1", "Trường A", 1, "PGD-Q1", Ownership::Public, "0101"),
                                       existing(8, "S2", "Trường B", 1, "PGD-Q1"),
                                       existing(9, "S3", "Trường C", 2, "PGD-Q3")};
    const auto file = table({row(2, "S1", "Trường A", "PGD-Q1", Ownership::Public, "0101"),
                             row(3, "S2", "Trường B (mới)", "PGD-Q1", Ownership::Private, "77", "Đường 1"),
                             row(4, "S3", "Trường C", "PGD-Q1"), row(5, "S4", "Trường D", "PGD-Q3")});
    const auto first = planSchoolImport(file, before, kUnits);
    ASSERT_TRUE(first.canApply());
    EXPECT_EQ(first.added, 1);
    EXPECT_EQ(first.updated, 2);
    EXPECT_EQ(first.unchanged, 1);
    EXPECT_TRUE(first.steps[2].moves());

    const auto after = apply(first, before);
    ASSERT_EQ(after.size(), 4);
    const auto second = planSchoolImport(file, after, kUnits);
    ASSERT_TRUE(second.canApply());
    EXPECT_EQ(second.added, 0);
    EXPECT_EQ(second.updated, 0);
    EXPECT_EQ(second.unchanged, 4);
    for (const auto& s : second.steps)
        EXPECT_EQ(s.action, SchoolImportAction::Unchanged) << s.line << " " << s.description().toStdString();
}
