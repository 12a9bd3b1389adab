#pragma once

#include "core/Random.h"
#include "core/Result.h"
#include "core/Statuses.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace hocbaso {

// How well a pupil did, to pick a teacher's comment that fits the year-end result
// (levels T, H, C of resources/names/comments.txt).
enum class CommentLevel
{
    Good,
    Fair,
    NeedsEffort
};

// Vietnamese names, school names and teacher comments for the demo and the bench dataset, drawn
// from the lists embedded at :/names/ with the weights they carry. Every draw goes through the
// caller's Random, so the same seed gives the same people on every machine.
class NameGenerator
{
public:
    // Reads and checks the embedded lists. An entry that is not NFC or has stray spaces is an
    // error rather than silently cleaned: the lists are our data and the tests must see the slip.
    static Result<NameGenerator> load();

    // họ + tên đệm + tên, NFC, e.g. "Nguyễn Thị Ánh Tuyết". No word repeats ("Minh Minh").
    QString fullName(Gender gender, Random& rng) const;
    // A name for a primary school: "Trường Tiểu học " + this.
    QString schoolPlace(Random& rng) const;
    // A name for a managing unit: "Phòng GD&ĐT " + this.
    QString unitPlace(Random& rng) const;
    // A school or (forUnit) unit place not in `used`, which it joins; numbered ("Kim Liên 2") once
    // the list runs out.
    QString uniquePlace(QSet<QString>& used, bool forUnit, Random& rng) const;
    // A homeroom teacher's year-end comment, mostly of pupils who did well (levels Good and Fair).
    QString teacherComment(Random& rng) const;
    QString teacherComment(CommentLevel level, Random& rng) const;
    // The principal's confirmation remark.
    QString principalRemark(Random& rng) const;

    const QStringList& places() const { return m_places; }
    const QStringList& units() const { return m_units; }
    const QStringList& surnames() const { return m_surnameList; }
    const QStringList& middleNames(Gender gender) const;
    const QStringList& givenNames(Gender gender) const;
    // Every teacher comment of every level, then the principal remarks.
    QStringList allComments() const;

private:
    NameGenerator() = default;

    WeightedChoice<QString> m_surnames;
    WeightedChoice<QString> m_middleMale;
    WeightedChoice<QString> m_middleFemale;
    WeightedChoice<QString> m_givenMale;
    WeightedChoice<QString> m_givenFemale;
    QStringList m_surnameList;
    QStringList m_middleMaleList;
    QStringList m_middleFemaleList;
    QStringList m_givenMaleList;
    QStringList m_givenFemaleList;
    QStringList m_places;
    QStringList m_units;
    QStringList m_commentsGood;
    QStringList m_commentsFair;
    QStringList m_commentsNeedsEffort;
    QStringList m_principalRemarks;
};

} // namespace hocbaso
