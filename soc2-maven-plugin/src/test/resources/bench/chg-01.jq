# CHG-01 as a jq program: how many pull requests were merged into main during the period, and how many of them lack
# two independent approvals. The review files first, then the pull requests (pages of them, as gh api --paginate
# writes them):
#
#   jq -n -c --arg from 2025-10-01T04:00:00Z --arg until 2026-10-01T04:00:00Z -f chg-01.jq \
#     evidence/github/reviews/*.json evidence/github/pulls.json
#
# from and until bound the period in UTC (its first day and the day after the as-of date, in the company's time zone).
# The approval rule is soc2kit's: a reviewer's state at the merge is their latest APPROVED, CHANGES_REQUESTED or
# DISMISSED review submitted no later than merged_at (the later one in the file when two have the same time); an
# approval counts when that state is APPROVED and the reviewer is not the author, logins compared ignoring case.
# GitHub writes every timestamp as YYYY-MM-DDTHH:MM:SSZ, so they compare as text.

def independent_approvals($pull; $reviews):
  [$reviews[] | select(.at <= $pull.merged_at)]
  | group_by(.login)
  | map(sort_by(.at) | last | select(.state == "APPROVED" and .login != ($pull.user.login | ascii_downcase)))
  | length;

reduce inputs as $page ({reviews: {}, population: 0, deviations: 0};
  (input_filename | split("/") | last) as $file
  | if $file == "pulls.json" then
      reduce ($page[] | select(.base.ref == "main" and .merged_at != null
                              and .merged_at >= $from and .merged_at < $until)) as $pull (.;
        .population += 1
        | if independent_approvals($pull; .reviews["\($pull.base.repo.name)-\($pull.number).json"] // []) < 2
          then .deviations += 1
          else .
          end)
    else
      .reviews[$file] = [$page[]
        | select(.state == "APPROVED" or .state == "CHANGES_REQUESTED" or .state == "DISMISSED")
        | {login: (.user.login | ascii_downcase), state, at: .submitted_at}]
    end)
| {population, deviations}
