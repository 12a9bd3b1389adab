#pragma once

#include "TechnicalDetailsPane.h"
#include "services/RecordDetails.h"

#include <optional>

namespace hocbaso::ui {

// One record as 6.3 shows it beside the result list: the pupil, the TT27 content in the order of
// the Ministry's form (subjects with ratings and periodic test scores, qualities, competencies,
// year-end result, comments), the status with every version, and every signature with its
// verification. The lookup code and the signing certificates' full names are in the collapsed
// technical section.
class RecordDetailView : public TechnicalDetailsPane
{
    Q_OBJECT
public:
    explicit RecordDetailView(QWidget* parent = nullptr);

    void setDetails(const services::RecordDetails& details);
    // Nothing selected: the placeholder text shows.
    void clearDetails();
    // The record could not be loaded: says why in place of the record.
    void showProblem(const QString& message);
    bool hasDetails() const { return m_details.has_value(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render(bool keepScroll = false);
    QString verdictHtml(const services::RecordDetails& d) const;
    QString pupilHtml(const services::RecordDetails& d) const;
    QString contentHtml(const RecordContent& c) const;
    QString versionsHtml(const services::RecordDetails& d) const;
    QString signaturesHtml(const QList<services::SignatureCheck>& signatures) const;
    QString technicalHtml(const services::RecordDetails& d) const;

    std::optional<services::RecordDetails> m_details;
    QString m_problem;
};

} // namespace hocbaso::ui
