#!/usr/bin/env python3
"""Writes resources/content/dictionary-N.json, the preset dictionary of store::RecordContentCodec.

Run once when a new format is introduced; a shipped dictionary never changes (stores packed with it
must stay readable), which tests/unit/test_record_content_codec.cpp checks by its SHA-256.

The dictionary is the TT27 record's own vocabulary in its canonical JSON form (compact, keys sorted,
as services::RecordContent::canonicalBytes writes it): keys, subjects of grades 3 and 5, qualities,
competencies, ratings, levels, year-end results and commendations. No pupil's free text is in it:
teachers' comments are whatever they wrote, so only the record's fixed words are worth a place.
Matches near the end of a dictionary are the cheapest to refer to, so the commonest shapes come last.
"""
import json
import sys

SUBJECTS_3 = ["Tiếng Việt", "Toán", "Ngoại ngữ 1 (Tiếng Anh)", "Đạo đức", "Tự nhiên và Xã hội",
              "Tin học và Công nghệ (Tin học)", "Tin học và Công nghệ (Công nghệ)", "Giáo dục thể chất",
              "Nghệ thuật (Âm nhạc)", "Nghệ thuật (Mĩ thuật)", "Hoạt động trải nghiệm"]
SUBJECTS_5 = ["Tiếng Việt", "Toán", "Ngoại ngữ 1 (Tiếng Anh)", "Đạo đức", "Lịch sử và Địa lí", "Khoa học",
              "Tin học và Công nghệ (Tin học)", "Tin học và Công nghệ (Công nghệ)", "Giáo dục thể chất",
              "Nghệ thuật (Âm nhạc)", "Nghệ thuật (Mĩ thuật)", "Hoạt động trải nghiệm"]
TESTED = {"Tiếng Việt", "Toán", "Ngoại ngữ 1 (Tiếng Anh)", "Lịch sử và Địa lí", "Khoa học",
          "Tin học và Công nghệ (Tin học)", "Tin học và Công nghệ (Công nghệ)"}
QUALITIES = ["Yêu nước", "Nhân ái", "Chăm chỉ", "Trung thực", "Trách nhiệm"]
GENERAL = ["Tự chủ và tự học", "Giao tiếp và hợp tác", "Giải quyết vấn đề và sáng tạo"]
SPECIFIC = ["Ngôn ngữ", "Tính toán", "Khoa học", "Công nghệ", "Tin học", "Thẩm mĩ", "Thể chất"]


def canonical(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def record(grade, subjects, rating, level, result, commendation, score):
    rows = []
    for name in subjects:
        row = {"comment": "", "name": name, "rating": rating}
        if name in TESTED:
            row["endTerm1"] = score
            row["endYear"] = score
            if grade >= 4 and name in ("Tiếng Việt", "Toán"):
                row["midTerm1"] = score
                row["midTerm2"] = score
        rows.append(row)
    return {
        "className": "%dA" % grade,
        "commendation": commendation,
        "generalCompetencies": [{"level": level, "name": n} for n in GENERAL],
        "grade": grade,
        "promoted": result != "Chưa hoàn thành",
        "qualities": [{"level": level, "name": n} for n in QUALITIES],
        "schoolYear": "2025-2026",
        "specificCompetencies": [{"level": level, "name": n} for n in SPECIFIC],
        "subjects": rows,
        "teacherComment": "",
        "yearEndResult": result,
    }


def main(path):
    parts = [
        # Rarer shapes first: they are reached only when nearer matches fail.
        canonical(record(1, SUBJECTS_3[:2], "C", "Cần cố gắng", "Chưa hoàn thành", "", 4)),
        canonical(record(2, SUBJECTS_3[:2], "H", "Đạt", "Hoàn thành", "", 6)),
        canonical(record(3, SUBJECTS_3, "H", "Đạt", "Hoàn thành tốt",
                         "Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện", 8)),
        canonical(record(5, SUBJECTS_5, "T", "Tốt", "Hoàn thành xuất sắc", "Học sinh Xuất sắc", 10)),
    ]
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("".join(parts))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/content/dictionary-1.json")
