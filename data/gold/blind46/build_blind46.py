#!/usr/bin/env python3
"""Build ``blind46.jsonl``: the forty-sixth batch of blind test articles (session 17).

10 invented analysis and news-feature pieces led by named politicians, where pronouns and
descriptions return to the named person after unnamed aides or voters spoke (and sometimes do
not), each with 16-21 attributions, written and annotated by a helper session that never read
claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind46/build_blind46.py [--check]`` (``--check``: exit 1 if
blind46.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 46: invented 2016-style political news features with
hand-annotated attributions (PolNeAR-style spans, TAXONOMY.md source types).

Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* CONTENT: a discontinuous content gives its fragments separated by " ~~ ".
* SOURCE: NULL when the article gives no source.
* Any field (or fragment) may be written "span@@context": the span is then
  searched only inside the (unique) occurrence of context in the text.
* Without a context: a content fragment must be unique in the text; the cue
  is the whole-word occurrence nearest to the content (not inside it); the
  source is the whole-word occurrence nearest to the cue (not inside the
  content or cue).
* TYPE: P named_person, O named_org, M media, D document, A anonymous,
  U unknown.

All offsets are computed; every span is asserted to equal text[start:end].
Run:  python3 build_blind46.py   -> writes blind46.jsonl next to this file.
      python3 build_blind46.py --review   prints every span in context.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"P": "named_person", "O": "named_org", "M": "media", "D": "document",
         "A": "anonymous", "U": "unknown"}

DOCS = []


def doc(doc_id, text, ann):
    DOCS.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- y01
doc("y01", '''
Cruz Bets on Iowa Pastors as Restless Donors Watch the Money

DES MOINES — Senator Ted Cruz spent Tuesday morning in a church basement on the east side of the city, balancing a paper cup of coffee on his knee and promising two dozen pastors that his campaign would "fight for every county, every precinct and every pew."

It was the kind of event that has defined his approach to Iowa for more than a year: small rooms, long answers and a steady appeal to the evangelical voters who dominated the state's Republican caucuses in 2008 and 2012. The Texas senator told the group that the race had become "a choice between conviction and convenience." He did not mention Donald J. Trump by name, but several pastors said afterward that they understood exactly whom he meant.

One pastor, a retired Army chaplain from Ames, said the senator had "the spine this moment needs." He added that he would caucus for Mr. Cruz on Feb. 1 "even if it's twenty below and the roads are closed."

Mr. Cruz will need that kind of devotion. His campaign has raised more money than any Republican rival except Jeb Bush, but a filing released on Monday showed that it spent nearly $4 million in October alone, much of it on television advertising in South Carolina and Nevada, states that do not vote until later in February.

The spending has rattled some of the people writing the checks. "We are paying for states he can't win yet," said a Houston oilman who has given the maximum amount to the campaign. "I'd rather see every dime go to Iowa." He spoke on the condition of anonymity to avoid angering the campaign's leadership.

Mr. Cruz's campaign manager, Jeff Roe, was unapologetic. "We built this campaign to go the distance," Mr. Roe said in an interview. "Nobody else in this race has a ground game in all 99 counties and a plan for March."

That plan has a cost, and the candidate bears much of it himself. Mr. Cruz has visited 84 of Iowa's 99 counties this year, often riding between events in a rented bus with his wife, Heidi, and their two young daughters, who do their homework at a folding table in the back.

At a town hall in Ankeny that evening, a volunteer who had driven in from Omaha told the crowd that Mr. Cruz was "the only one up here who has actually fought Washington." Minutes later, taking the microphone himself, the senator said the Nebraskan had put it better than he could. "I have the scars to prove it," he said, to laughter.

The polls suggest the race here remains tight. A Des Moines Register poll released last week found Mr. Trump at 28 percent and Mr. Cruz at 25 percent, a difference within the margin of error.

Mr. Trump was campaigning in New Hampshire on Tuesday. At a rally in Manchester, he told the crowd that Mr. Cruz was "spending all his time with the preachers and none of it with the people." A Trump spokeswoman, Hope Hicks, later said in a statement that the campaign "does not comment on other candidates' strategies."

Back in the church basement, the mention of Mr. Trump's name had drawn groans. One of the pastors, a Baptist minister from Fort Dodge, shook his head. "Iowans can tell a show from a sermon," he said.

A senior adviser to Mr. Cruz said the senator believes a victory in Iowa would "reset the whole race." Mr. Cruz has told friends that he intends to spend Christmas week on the road, according to the adviser. The adviser was not authorized to speak publicly.

Before leaving the church that morning, he had posed for photographs with each of the pastors and told them that he would be back "before the snow melts."
''', r'''
promising || Senator Ted Cruz || his campaign would "fight for every county, every precinct and every pew." || P
told || The Texas senator || the race had become "a choice between conviction and convenience." || P
said || several pastors || they understood exactly whom he meant || A
said || One pastor, a retired Army chaplain from Ames || the senator had "the spine this moment needs." || A
added || He@@He added that he would caucus || he would caucus for Mr. Cruz on Feb. 1 "even if it's twenty below and the roads are closed." || A
showed || a filing released on Monday || it spent nearly $4 million in October alone, much of it on television advertising in South Carolina and Nevada, states that do not vote until later in February || D
said || a Houston oilman who has given the maximum amount to the campaign || "We are paying for states he can't win yet," ~~ "I'd rather see every dime go to Iowa." || A
said || Mr. Roe || "We built this campaign to go the distance," ~~ "Nobody else in this race has a ground game in all 99 counties and a plan for March." || P
told || a volunteer who had driven in from Omaha || Mr. Cruz was "the only one up here who has actually fought Washington." || A
said || the senator@@the senator said the Nebraskan || the Nebraskan had put it better than he could || P
said || he@@he said, to laughter || "I have the scars to prove it," || P
suggest || The polls || the race here remains tight || D
found || A Des Moines Register poll released last week || Mr. Trump at 28 percent and Mr. Cruz at 25 percent, a difference within the margin of error || D
told || he@@he told the crowd that Mr. Cruz was "spending || Mr. Cruz was "spending all his time with the preachers and none of it with the people." || P
said || A Trump spokeswoman, Hope Hicks || the campaign "does not comment on other candidates' strategies." || P
said || he@@he said.\n\nA senior || "Iowans can tell a show from a sermon," || A
said || A senior adviser to Mr. Cruz || the senator believes a victory in Iowa would "reset the whole race." || A
according to || the adviser@@according to the adviser || Mr. Cruz has told friends that he intends to spend Christmas week on the road || A
told || he@@he had posed || he would be back "before the snow melts." || P
''')

# ---------------------------------------------------------------- y02
doc("y02", '''
Ryan Inches Toward Trump, and His Conference Watches Warily

WASHINGTON — Speaker Paul D. Ryan has spent much of the spring insisting that he is "just not ready" to support Donald J. Trump. On Thursday, after a closed-door meeting with the presumptive Republican nominee at the party's headquarters near the Capitol, he sounded a good deal closer.

"We had a very encouraging conversation," the speaker told reporters afterward. "I think we are going to unify this party, and I think we are going to do it soon."

The meeting did not settle the matter for everyone in his conference. One Republican congressman from a suburban Philadelphia district said he had no intention of endorsing Mr. Trump "this year or any year." He said his constituents, many of them college-educated women, "would never forgive me."

The talks themselves were largely about policy. A senior aide to the speaker said the two sides had focused on taxes, trade and the separation of powers. Mr. Ryan, he added, "needs to know that the nominee will respect Article I."

Hours later, standing at the lectern for his weekly news conference, he told reporters that the two men had agreed to keep talking and that their staffs would meet again next week. He said the process was "a real effort, in good faith, on both sides."

Mr. Trump, for his part, appeared in no hurry. In a telephone interview with The Associated Press on Thursday evening, he said he respected Mr. Ryan but that "the people have spoken, and they spoke for me."

Democrats pounced. The Democratic Congressional Campaign Committee said in a statement that the meeting was "a surrender dressed up as a summit," and the House minority leader, Nancy Pelosi, told reporters that Mr. Ryan was "trying to have it both ways." She predicted that voters would hold every Republican responsible for every insult Mr. Trump hurls between now and November.

Among rank-and-file Republicans, the mood is mostly weariness. A Republican strategist who advises several House members said many of them simply wanted the nomination fight "to be over so we can talk about something else."

The divide runs along familiar lines. Members from safe seats in the South and the Plains have largely fallen in behind the nominee, while those from suburban districts in the Northeast and the West, where Mr. Trump is weak, have kept their distance.

Representative Tom Cole of Oklahoma, a close ally of the speaker, said Mr. Ryan was handling a difficult situation "about as well as anyone could." Mr. Cole said he expected an endorsement "sooner rather than later," though he added that the timing was "entirely up to Paul."

A Washington Post-ABC News poll released this week found that 61 percent of Republicans wanted Mr. Ryan to back the nominee, and only a quarter favored keeping his distance.

A spokesman for Mr. Ryan, Brendan Buck, said no endorsement announcement was planned. "The speaker will get there when he gets there," Mr. Buck said.

On Friday, an aide to Mr. Trump said the candidate had begun drafting a list of policy commitments to share with House leaders. In a Twitter post that evening, he wrote that the speaker was "a good man" and that he was "looking forward to a great partnership."
''', r'''
insisting || Speaker Paul D. Ryan || he is "just not ready" to support Donald J. Trump || P
told || the speaker@@the speaker told || "We had a very encouraging conversation," ~~ "I think we are going to unify this party, and I think we are going to do it soon." || P
said || One Republican congressman from a suburban Philadelphia district || he had no intention of endorsing Mr. Trump "this year or any year." || A
said || He@@He said his constituents || his constituents, many of them college-educated women, "would never forgive me." || A
said || A senior aide to the speaker || the two sides had focused on taxes, trade and the separation of powers || A
added || he@@he added, "needs || Mr. Ryan,@@Mr. Ryan, he added ~~ "needs to know that the nominee will respect Article I." || A
told || he@@he told reporters that the two men || the two men had agreed to keep talking and that their staffs would meet again next week || P
said || He@@He said the process || the process was "a real effort, in good faith, on both sides." || P
said || he@@he said he respected || he respected Mr. Ryan but that "the people have spoken, and they spoke for me." || P
said || The Democratic Congressional Campaign Committee || the meeting was "a surrender dressed up as a summit," || O
told || the House minority leader, Nancy Pelosi || Mr. Ryan was "trying to have it both ways." || P
predicted || She || voters would hold every Republican responsible for every insult Mr. Trump hurls between now and November || P
said || A Republican strategist who advises several House members || many of them simply wanted the nomination fight "to be over so we can talk about something else." || A
said || Representative Tom Cole of Oklahoma, a close ally of the speaker || Mr. Ryan was handling a difficult situation "about as well as anyone could." || P
said || Mr. Cole@@Mr. Cole said he expected || he expected an endorsement "sooner rather than later," || P
added || he@@he added that the timing || the timing was "entirely up to Paul." || P
found || A Washington Post-ABC News poll released this week || 61 percent of Republicans wanted Mr. Ryan to back the nominee, and only a quarter favored keeping his distance || D
said || A spokesman for Mr. Ryan, Brendan Buck || no endorsement announcement was planned || P
said || Mr. Buck@@Mr. Buck said. || "The speaker will get there when he gets there," || P
said || an aide to Mr. Trump || the candidate had begun drafting a list of policy commitments to share with House leaders || A
wrote || he@@he wrote || the speaker was "a good man" and that he was "looking forward to a great partnership." || P
''')

# ---------------------------------------------------------------- y03
doc("y03", '''
In the Rust Belt, Clinton Leans on Kaine and an Old Family Story

SCRANTON, Pa. — Hillary Clinton returned on Monday to the city where her father grew up, and she opened her remarks with it. "This is where my family's story starts," she said from a stage outside a union hall. "And it is where this campaign is going to win."

The visit opened a three-day swing through Pennsylvania, Ohio and Michigan. Clinton campaign aides said the trip was meant to shore up support among white working-class voters who backed President Obama twice but have shown interest in Donald J. Trump.

There is reason for concern. The campaign's numbers in the Scranton area had "softened more than we'd like," one aide said, speaking on the condition of anonymity to discuss internal polling. She said the campaign was adding paid staff in Lackawanna and Luzerne Counties.

Mrs. Clinton's running mate, Senator Tim Kaine of Virginia, has become a central part of that effort. At a diner in Youngstown, Ohio, on Tuesday, the former governor told a table of retired steelworkers that Mr. Trump "has never once stood on a factory floor except to sell something."

One of the men, a retired crane operator, said afterward that he liked Mr. Kaine but had not decided how to vote. "He talks like a regular guy," the man said. "But so does Trump."

Before leaving, he picked up the check for the whole table and told the men that he would be back "before the leaves turn."

The diner stop was typical of the role the campaign has carved out for the Virginia senator, a former missionary and city councilman who is comfortable in union halls and church fellowship rooms. He has spent more days in Ohio since the convention than in any other state, often with no more than a handful of staff members and a single van.

Mrs. Clinton's advisers believe the ticket's surest path to 270 electoral votes runs through these states, even as they eye Arizona and Georgia as possible upsets.

Robby Mook, the campaign manager, said on a conference call with reporters that the campaign had "more organizers in Ohio than the Trump campaign has in the entire country."

The Trump campaign responded within the hour. Its chairman, Paul Manafort, said in a statement that Mr. Mook was "counting clipboards, not votes."

Polls show a close race across the region. A Quinnipiac University survey released on Wednesday found Mrs. Clinton ahead by four points in Pennsylvania and tied with Mr. Trump in Ohio.

At her final stop, in a high school gym in Flint, Mich., a local pastor who introduced Mrs. Clinton told the crowd that the city "has not forgotten who showed up." Then the candidate took the stage. "I came to Flint when the cameras were gone," she said, "and I will keep coming back."

Mr. Kaine, campaigning in Michigan's Upper Peninsula the same day, said the ticket was "not taking a single county for granted." An aide said the senator would return to Ohio next week for three days of events focused on manufacturing.

On Wednesday night, in a Facebook video recorded on the campaign bus, he promised supporters that he would "wear out a pair of boots" in the state.
''', r'''
said || she@@she said from a stage || "This is where my family's story starts," ~~ "And it is where this campaign is going to win." || P
said || Clinton campaign aides || the trip was meant to shore up support among white working-class voters who backed President Obama twice but have shown interest in Donald J. Trump || A
said || one aide || The campaign's numbers in the Scranton area had "softened more than we'd like," || A
said || She@@She said the campaign || the campaign was adding paid staff in Lackawanna and Luzerne Counties || A
told || the former governor || Mr. Trump "has never once stood on a factory floor except to sell something." || P
said || One of the men, a retired crane operator || he liked Mr. Kaine but had not decided how to vote || A
said || the man || "He talks like a regular guy," ~~ "But so does Trump." || A
told || he@@he picked up the check || he would be back "before the leaves turn." || P
believe || Mrs. Clinton's advisers || the ticket's surest path to 270 electoral votes runs through these states, even as they eye Arizona and Georgia as possible upsets || A
said || Robby Mook, the campaign manager || the campaign had "more organizers in Ohio than the Trump campaign has in the entire country." || P
said || Its chairman, Paul Manafort || Mr. Mook was "counting clipboards, not votes." || P
show || Polls || a close race across the region || D
found || A Quinnipiac University survey released on Wednesday || Mrs. Clinton ahead by four points in Pennsylvania and tied with Mr. Trump in Ohio || D
told || a local pastor who introduced Mrs. Clinton || the city "has not forgotten who showed up." || A
said || she@@she said, "and || "I came to Flint when the cameras were gone," ~~ "and I will keep coming back." || P
said || Mr. Kaine@@Mr. Kaine, campaigning || the ticket was "not taking a single county for granted." || P
said || An aide || the senator would return to Ohio next week for three days of events focused on manufacturing || A
promised || he@@he promised || he would "wear out a pair of boots" in the state || P
''')

# ---------------------------------------------------------------- y04
doc("y04", '''
Obama Works the Phones for Garland, With Little to Show for It

WASHINGTON — President Obama has made more than two dozen calls to Republican senators since nominating Judge Merrick B. Garland to the Supreme Court, and he has told several of them that the court cannot function "with an empty chair for a year and a half," according to two people familiar with the conversations.

The calls have yielded little so far. The Senate majority leader, Mitch McConnell of Kentucky, has said for weeks that the chamber will not hold hearings on any nominee until a new president takes office, and nearly every Republican senator has stood with him.

"The American people should have a voice in this decision," Mr. McConnell said on the Senate floor on Tuesday. "That is not obstruction. That is the Constitution."

One Republican senator who met with Judge Garland last week said the conversation had been "cordial and entirely beside the point." He said the meeting was "a courtesy, not a commitment," and that his position had not changed.

Hours later, standing in the Rose Garden with the judge at his side, he was blunter. "If the Senate won't even hold a hearing for a judge this qualified, then what is the Senate for?" he said.

The White House press secretary, Josh Earnest, told reporters on Thursday that the president "will keep making the case every single day." Mr. Earnest said the administration had no intention of withdrawing the nomination.

The Democratic Senatorial Campaign Committee said it would begin running online advertisements on the issue in Ohio, Pennsylvania and New Hampshire. Republican incumbents face competitive races in all three states, and the committee has made the court a centerpiece of its fund-raising appeals since the vacancy opened in February.

A Democratic strategist working on the Senate races said the issue tested well with independents, especially women. "It's the rare fight where the other side has no good answer," she said.

Senior Republicans argue that the political risk is small. Senator John Cornyn of Texas, the No. 2 Republican, told reporters that voters "are not going to decide their vote on a Senate procedure."

Public opinion is on the president's side, at least for now. A CNN/ORC poll released this month found that 57 percent of Americans believe the Senate should hold hearings.

Judge Garland himself has stayed out of public view. The chief judge of the federal appeals court in Washington has continued to hear cases and to keep his usual hours at the courthouse on Constitution Avenue. An administration official said he had turned down every request for a television interview. "He's a judge, not a candidate," the official said.

The standoff has few precedents. The Senate has not left a Supreme Court seat open for this long in the modern era, and no nominee in decades has been denied both a hearing and a vote. Several Republican senators who face re-election in swing states have met with the judge privately, a gesture that has changed nothing about the schedule.

Mr. Obama has told aides that he is prepared for a long fight, according to a senior administration official.

On Friday, at a fund-raiser in Chicago, the president told donors that confirming Judge Garland was "the right thing to do, whatever it costs."
''', r'''
according to || two people familiar with the conversations || President Obama has made more than two dozen calls to Republican senators since nominating Judge Merrick B. Garland to the Supreme Court, and he has told several of them that the court cannot function "with an empty chair for a year and a half," || A
has said || The Senate majority leader, Mitch McConnell of Kentucky || the chamber will not hold hearings on any nominee until a new president takes office || P
said || Mr. McConnell || "The American people should have a voice in this decision," ~~ "That is not obstruction. That is the Constitution." || P
said || One Republican senator who met with Judge Garland last week || the conversation had been "cordial and entirely beside the point." || A
said || He@@He said the meeting || the meeting was "a courtesy, not a commitment," and that his position had not changed || A
said || he@@he said.\n\nThe White House || "If the Senate won't even hold a hearing for a judge this qualified, then what is the Senate for?" || P
told || The White House press secretary, Josh Earnest || the president "will keep making the case every single day." || P
said || Mr. Earnest || the administration had no intention of withdrawing the nomination || P
said || The Democratic Senatorial Campaign Committee || it would begin running online advertisements on the issue in Ohio, Pennsylvania and New Hampshire || O
said || A Democratic strategist working on the Senate races || the issue tested well with independents, especially women || A
said || she@@she said.\n\nSenior || "It's the rare fight where the other side has no good answer," || A
argue || Senior Republicans || the political risk is small || A
told || Senator John Cornyn of Texas, the No. 2 Republican || voters "are not going to decide their vote on a Senate procedure." || P
found || A CNN/ORC poll released this month || 57 percent of Americans believe the Senate should hold hearings || D
said || An administration official || he had turned down every request for a television interview || A
said || the official@@the official said. || "He's a judge, not a candidate," || A
according to || a senior administration official || Mr. Obama has told aides that he is prepared for a long fight || A
told || the president@@the president told donors || confirming Judge Garland was "the right thing to do, whatever it costs." || P
''')

# ---------------------------------------------------------------- y05
doc("y05", '''
Sanders Keeps His Platform Fight Alive as Supporters Split

BURLINGTON, Vt. — Senator Bernie Sanders told supporters on Thursday night that he would "work with Secretary Clinton" to defeat Donald J. Trump, but he stopped well short of an endorsement and vowed to take his fight over the party's platform all the way to the convention in Philadelphia.

"The political revolution continues," Mr. Sanders said in a speech streamed to watch parties around the country. "Our job now is to make sure the Democratic Party becomes a party of working people, not a party of Wall Street."

His campaign manager, Jeff Weaver, said in an interview on Friday that the campaign would push for a $15 minimum wage, a carbon tax and an end to the death penalty in the platform. Mr. Weaver said the senator "is not going to fold his tent."

Some of the senator's supporters are running out of patience. A volunteer from Burlington who has knocked on doors for the senator since last summer said he would vote for Jill Stein, the Green Party candidate, in November. "Hillary hasn't earned it," he said.

In a television interview with MSNBC later that evening, he said he understood that frustration. "But I would ask them to think very seriously about what a Trump presidency would mean for this country," he added.

The Clinton campaign has been careful not to appear to be pressuring Mr. Sanders. Its chairman, John Podesta, said on Friday that the two campaigns' policy staffs had been talking "every day" and that he was "confident we'll come together."

A Clinton adviser said the campaign was prepared to accept several of Mr. Sanders's proposals but would not agree to a carbon tax. The adviser spoke on the condition of anonymity because the negotiations were private.

The former secretary of state, campaigning in Virginia, told a rally in Annandale that she admired the passion of Mr. Sanders's supporters and that "we are stronger together than we are apart."

The primary season left real scars. Mr. Sanders won 22 states and more than 12 million votes, and his small-dollar fund-raising machine outpaced anything Democrats had seen before. Many of his younger supporters came to politics through his campaign and have never voted for anyone else, a fact that weighs on party leaders as they look toward November.

The convention opens in Philadelphia on July 25. The platform committee, which includes several of Mr. Sanders's most prominent allies, will hold its final drafting session in Orlando the weekend before, and the sessions there could run late into the night.

An NBC News/Wall Street Journal poll released last month found that about one in five Sanders supporters were undecided or leaning toward a third-party candidate.

The Washington Post reported on Friday that Mr. Sanders was prepared to endorse Mrs. Clinton before the convention if the platform included a public option for health insurance. Mr. Weaver declined to comment on the report.

A senior Sanders aide said the senator had not decided when to endorse. "He's going to take his time," the aide said.

Before boarding a flight to Washington on Friday, he told reporters at the Burlington airport that his meeting with Mrs. Clinton next week would be "about issues, not about me."
''', r'''
told || Senator Bernie Sanders || he would "work with Secretary Clinton" to defeat Donald J. Trump || P
vowed || he@@he stopped well short || to take his fight over the party's platform all the way to the convention in Philadelphia || P
said || Mr. Sanders@@Mr. Sanders said in a speech || "The political revolution continues," ~~ "Our job now is to make sure the Democratic Party becomes a party of working people, not a party of Wall Street." || P
said || His campaign manager, Jeff Weaver || the campaign would push for a $15 minimum wage, a carbon tax and an end to the death penalty in the platform || P
said || Mr. Weaver@@Mr. Weaver said the senator || the senator "is not going to fold his tent." || P
said || A volunteer from Burlington who has knocked on doors for the senator since last summer || he would vote for Jill Stein, the Green Party candidate, in November || A
said || he@@he said.\n\nIn a television || "Hillary hasn't earned it," || A
said || he@@he said he understood || he understood that frustration || P
added || he@@he added || "But I would ask them to think very seriously about what a Trump presidency would mean for this country," || P
said || Its chairman, John Podesta || the two campaigns' policy staffs had been talking "every day" and that he was "confident we'll come together." || P
said || A Clinton adviser || the campaign was prepared to accept several of Mr. Sanders's proposals but would not agree to a carbon tax || A
told || The former secretary of state || she admired the passion of Mr. Sanders's supporters and that "we are stronger together than we are apart." || P
found || An NBC News/Wall Street Journal poll released last month || about one in five Sanders supporters were undecided or leaning toward a third-party candidate || D
reported || The Washington Post || Mr. Sanders was prepared to endorse Mrs. Clinton before the convention if the platform included a public option for health insurance || M
said || A senior Sanders aide || the senator had not decided when to endorse || A
said || the aide@@the aide said. || "He's going to take his time," || A
told || he@@he told reporters at the Burlington || his meeting with Mrs. Clinton next week would be "about issues, not about me." || P
''')

# ---------------------------------------------------------------- y06
doc("y06", '''
Trump Tries a Scripted Week, and His Allies Hold Their Breath

WASHINGTON — Donald J. Trump read from a teleprompter at all four of his rallies this week, and his advisers say that, for the first time in months, they have a campaign that runs on a schedule.

“He’s listening,” said Kellyanne Conway, the veteran pollster who took over as campaign manager last week. “He understands that the path to 270 runs through voters who aren’t sure about him yet.”

The change has not reassured everyone. One Republican National Committee official said the party had heard promises of a new Trump “at least three times before.” He spoke on the condition of anonymity to discuss the nominee candidly. He added that the committee’s chairman, Reince Priebus, had been in daily contact with Ms. Conway since her promotion.

On a conference call with major donors on Wednesday, the chairman said he was “very encouraged” by the new discipline. He predicted that the polls would tighten by the middle of September.

Some of those donors remain skeptical. “I’ll believe it when I see it in October,” said one New York donor who was on the call.

At a rally in Charlotte, N.C., on Thursday night, reading carefully from the teleprompter, he told the crowd that he regretted some of the things he had said “in the heat of debate.” “Sometimes I can be too honest,” he said.

The new tone came with new people. Ms. Conway has brought in a small team of digital and polling specialists, and Stephen K. Bannon, the chairman of Breitbart News, has taken over as chief executive of the campaign. The staff in the Trump Tower headquarters has grown by several dozen since the beginning of August, and the candidate’s schedule now runs through the weekend of the first debate.

The shift has been visible in small ways. Mr. Trump has not posted an insult on Twitter since Sunday, his rallies have ended on time, and his speeches have included passages on child care and veterans’ health that his staff drafted days in advance. At the Charlotte rally, the candidate stayed at the lectern for the entire speech.

The Clinton campaign was unmoved. Hillary Clinton’s communications director, Jennifer Palmieri, said in a statement that Mr. Trump “has not apologized to a single person he has insulted.”

CNN reported on Thursday that the Trump campaign had reserved nearly $5 million in television time in Florida, Ohio, Pennsylvania and North Carolina, its first significant advertising purchase of the general election.

A campaign aide said the new advertisements would focus on trade and terrorism. The aide said Ms. Conway had required that every spot be tested with focus groups before it aired.

A Federal Election Commission filing on Saturday showed that the campaign had about $37 million in cash at the end of July.

A Monmouth University poll released on Monday showed Mrs. Clinton ahead by seven points nationally.

Mr. Trump’s running mate, Gov. Mike Pence of Indiana, said in an interview with Fox News that the nominee was “showing the country the man I know.” The governor said he expected the race to be “very close, right up until the end.”
''', r'''
say || his advisers || for the first time in months, they have a campaign that runs on a schedule || A
said || Kellyanne Conway, the veteran pollster who took over as campaign manager last week || “He’s listening,” ~~ “He understands that the path to 270 runs through voters who aren’t sure about him yet.” || P
said || One Republican National Committee official || the party had heard promises of a new Trump “at least three times before.” || A
added || He@@He added || the committee’s chairman, Reince Priebus, had been in daily contact with Ms. Conway since her promotion || A
said || the chairman@@the chairman said || he was “very encouraged” by the new discipline || P
predicted || He@@He predicted || the polls would tighten by the middle of September || P
said || one New York donor who was on the call || “I’ll believe it when I see it in October,” || A
told || he@@he told the crowd || he regretted some of the things he had said “in the heat of debate.” || P
said || he@@he said.\n\nThe new tone || “Sometimes I can be too honest,” || P
said || Hillary Clinton’s communications director, Jennifer Palmieri || Mr. Trump “has not apologized to a single person he has insulted.” || P
reported || CNN || the Trump campaign had reserved nearly $5 million in television time in Florida, Ohio, Pennsylvania and North Carolina, its first significant advertising purchase of the general election || M
said || A campaign aide || the new advertisements would focus on trade and terrorism || A
said || The aide@@The aide said Ms. Conway || Ms. Conway had required that every spot be tested with focus groups before it aired || A
showed || A Federal Election Commission filing on Saturday || the campaign had about $37 million in cash at the end of July || D
showed || A Monmouth University poll released on Monday || Mrs. Clinton ahead by seven points nationally || D
said || Mr. Trump’s running mate, Gov. Mike Pence of Indiana || the nominee was “showing the country the man I know.” || P
said || The governor || he expected the race to be “very close, right up until the end.” || P
''')

# ---------------------------------------------------------------- y07
doc("y07", '''
After Comey’s Testimony, Republicans Split Over How Hard to Push

WASHINGTON — A day after the F.B.I. director, James B. Comey, told the House Oversight Committee that no reasonable prosecutor would bring charges against Hillary Clinton over her private email server, Republicans on Capitol Hill were divided over what to do next.

Representative Jason Chaffetz of Utah, the committee’s chairman, said on Friday that he would ask the Justice Department to investigate whether Mrs. Clinton had lied to Congress. “Her testimony and the director’s testimony cannot both be true,” Mr. Chaffetz said.

But a senior Republican aide on the committee said some members worried that the hearings were starting to look like “a campaign event with gavels.” The aide spoke on the condition of anonymity to describe private conversations.

Appearing on CNN that evening, the Utah Republican told Wolf Blitzer that the committee “will follow the facts wherever they lead.”

Representative Elijah E. Cummings of Maryland, the committee’s top Democrat, said Republicans were “wasting taxpayer money to chase a headline.” He said Mr. Comey had “answered every question under oath, for nearly five hours.”

The hearing was the longest public appearance by an F.B.I. director before Congress in years. Mr. Comey sat alone at the witness table, with no aides at his side and only a single binder of notes, and he stayed until the last member had finished.

Mr. Comey has kept a low profile since then. A law enforcement official said the director had been “surprised by the intensity” of the questioning but believed the bureau had done its job. He has no plans to return to Capitol Hill before the fall, the official said.

Donald J. Trump, the presumptive Republican nominee, said at a rally in Cincinnati that the system was “rigged” and that Mrs. Clinton had been “protected at the highest levels.”

A man near the front of the arena shouted that Mrs. Clinton belonged in jail, and the crowd took up a chant. From the lectern, he let it run for nearly a minute. “Believe me, folks, the people are smart,” he said.

The Clinton campaign’s press secretary, Brian Fallon, said the director’s findings “speak for themselves.”

Speaker Paul D. Ryan told reporters on Thursday that Mrs. Clinton should be denied access to classified intelligence briefings during the campaign.

A report released in May by the State Department’s inspector general found that Mrs. Clinton had not sought approval for the private server.

The New York Times reported on Saturday that the Justice Department had no plans to reopen the matter.

Several Republican strategists said the party risked overplaying its hand. “Voters made up their minds about the emails a long time ago,” one of them said.

For Mr. Chaffetz, the fight carries little personal risk. His district in central Utah is among the most Republican in the country, and he has held the committee’s gavel since early last year. Colleagues from swing districts, many of whom face re-election in suburbs where Mrs. Clinton is popular, have far more to lose from a summer of hearings.
''', r'''
told || the F.B.I. director, James B. Comey || no reasonable prosecutor would bring charges against Hillary Clinton over her private email server || P
said || Representative Jason Chaffetz of Utah, the committee’s chairman || he would ask the Justice Department to investigate whether Mrs. Clinton had lied to Congress || P
said || Mr. Chaffetz || “Her testimony and the director’s testimony cannot both be true,” || P
said || a senior Republican aide on the committee || some members worried that the hearings were starting to look like “a campaign event with gavels.” || A
told || the Utah Republican || the committee “will follow the facts wherever they lead.” || P
said || Representative Elijah E. Cummings of Maryland, the committee’s top Democrat || Republicans were “wasting taxpayer money to chase a headline.” || P
said || He@@He said Mr. Comey || Mr. Comey had “answered every question under oath, for nearly five hours.” || P
said || A law enforcement official || the director had been “surprised by the intensity” of the questioning but believed the bureau had done its job || A
said || the official@@the official said. || He has no plans to return to Capitol Hill before the fall || A
said || Donald J. Trump, the presumptive Republican nominee || the system was “rigged” and that Mrs. Clinton had been “protected at the highest levels.” || P
shouted || A man near the front of the arena || Mrs. Clinton belonged in jail || A
said || he@@he said.\n\nThe Clinton || “Believe me, folks, the people are smart,” || P
said || The Clinton campaign’s press secretary, Brian Fallon || the director’s findings “speak for themselves.” || P
told || Speaker Paul D. Ryan || Mrs. Clinton should be denied access to classified intelligence briefings during the campaign || P
found || A report released in May by the State Department’s inspector general || Mrs. Clinton had not sought approval for the private server || D
reported || The New York Times || the Justice Department had no plans to reopen the matter || M
said || Several Republican strategists || the party risked overplaying its hand || A
said || one of them || “Voters made up their minds about the emails a long time ago,” || A
''')

# ---------------------------------------------------------------- y08
doc("y08", '''
Rubio’s Change of Heart Gives McConnell a Reprieve, and a Bill

WASHINGTON — Senator Marco Rubio announced on Wednesday that he would seek a second term in the Senate after all, handing Republican leaders the candidate they had spent weeks courting for one of the most competitive races in the country.

In a statement posted online, the Florida Republican said he had changed his mind because control of the Senate “may very well come down to the race in Florida.”

The majority leader, Mitch McConnell of Kentucky, had made the recruitment a personal project. He told reporters on Wednesday that he was “very pleased” and that Mr. Rubio gave Republicans “the best chance to hold the seat.”

A senior Republican aide said Mr. McConnell had phoned Mr. Rubio at least three times in the past week. “He made it clear the conference needed him,” the aide said.

At a news conference in Miami on Thursday, he said he had “never been afraid of a hard race” and that he was “running to win, not to keep a seat warm.”

The reversal came barely three months after Mr. Rubio ended his presidential campaign with a humiliating loss in his home state’s primary. For most of the spring, the senator had been interviewing with law firms and universities in Miami, and his Senate office had quietly begun to shrink. A crowded Republican primary field, led by Lt. Gov. Carlos Lopez-Cantera, a close friend of Mr. Rubio’s, cleared out within days of the news.

The Democrat seeking the seat, Representative Patrick Murphy, said in an email to supporters that Mr. Rubio had “treated the Senate like a part-time job he didn’t want.”

In Orlando, a retired schoolteacher who voted for Mr. Rubio in 2010 said she felt “a little used.” “He told us he was done with Washington,” she said.

In an interview with Fox News on Thursday night, the senator said voters would understand that “circumstances change.”

A Quinnipiac University poll released last week showed Mr. Rubio leading Mr. Murphy by seven percentage points.

Donald J. Trump, the presumptive Republican nominee, wrote on Twitter that Mr. Rubio’s decision was “good news for the party.”

Democrats believe the race is still winnable. The chairman of the Democratic Senatorial Campaign Committee, Senator Jon Tester of Montana, said the party would spend “whatever it takes” in Florida.

Politico reported on Wednesday that the Senate Leadership Fund, a super PAC aligned with Mr. McConnell, had reserved $10 million in television time in the state.

The Florida race is one of roughly half a dozen that will decide control of the chamber. Republicans hold 54 seats, and Democrats need a net gain of four or five, depending on which party wins the White House, to take the majority. Races in Ohio, Pennsylvania, New Hampshire, Wisconsin and Illinois are also among the most competitive in the country.

An aide to Mr. McConnell said the reservation reflected how much the seat mattered to the majority. Walking to the Senate floor on Thursday, the Kentucky Republican said Florida was “one of several places we’re going to have to win.”
''', r'''
announced || Senator Marco Rubio || he would seek a second term in the Senate after all || P
said || the Florida Republican || he had changed his mind because control of the Senate “may very well come down to the race in Florida.” || P
told || He@@He told reporters on Wednesday || he was “very pleased” and that Mr. Rubio gave Republicans “the best chance to hold the seat.” || P
said || A senior Republican aide || Mr. McConnell had phoned Mr. Rubio at least three times in the past week || A
said || the aide@@the aide said. || “He made it clear the conference needed him,” || A
said || he@@he said he had “never || he had “never been afraid of a hard race” and that he was “running to win, not to keep a seat warm.” || P
said || The Democrat seeking the seat, Representative Patrick Murphy || Mr. Rubio had “treated the Senate like a part-time job he didn’t want.” || P
said || a retired schoolteacher who voted for Mr. Rubio in 2010 || she felt “a little used.” || A
said || she@@she said.\n\nIn an interview || “He told us he was done with Washington,” || A
said || the senator@@the senator said voters || voters would understand that “circumstances change.” || P
showed || A Quinnipiac University poll released last week || Mr. Rubio leading Mr. Murphy by seven percentage points || D
wrote || Donald J. Trump, the presumptive Republican nominee || Mr. Rubio’s decision was “good news for the party.” || P
believe || Democrats@@Democrats believe || the race is still winnable || O
said || The chairman of the Democratic Senatorial Campaign Committee, Senator Jon Tester of Montana || the party would spend “whatever it takes” in Florida || P
reported || Politico || the Senate Leadership Fund, a super PAC aligned with Mr. McConnell, had reserved $10 million in television time in the state || M
said || An aide to Mr. McConnell || the reservation reflected how much the seat mattered to the majority || A
said || the Kentucky Republican || Florida was “one of several places we’re going to have to win.” || P
''')

# ---------------------------------------------------------------- y09
doc("y09", '''
Pence Juggles Two Jobs as Indiana Democrats Sharpen Their Attacks

INDIANAPOLIS — Gov. Mike Pence returned to the Statehouse on Monday for the first time in nearly two weeks, and he insisted that running for vice president had not distracted him from running Indiana.

“I start every day with the people of Indiana,” the governor told reporters outside his office. “The campaign gets the rest.”

John Gregg, the Democratic nominee for governor, said Mr. Pence had become “a part-time governor with a full-time travel schedule.”

A Republican state senator who has clashed with the governor over road funding said several routine decisions had been delayed for days while Mr. Pence was on the road. He said lawmakers had started joking about “governing by FaceTime.” He spoke on the condition of anonymity to avoid a public break with the ticket.

Later that afternoon, he flew by state helicopter to a ribbon-cutting in Greenwood, where he told the crowd that Indiana’s budget surplus was “proof that conservative government works.”

The governor’s office pushed back. His spokeswoman, Kara Brooks, said in a statement that every bill and executive order had been signed “on time and in person.”

Lt. Gov. Eric Holcomb, the Republican nominee to succeed Mr. Pence, said he had “never once” been asked to make a decision in the governor’s place.

Mr. Holcomb joined the race in late July, when the state Republican Party’s central committee picked him to replace Mr. Pence on the ballot. He has raised about $2 million since then, a fraction of the money Mr. Gregg has collected over the past year.

The arrangement is unusual but not unprecedented. Indiana law lets a governor keep full authority while traveling, and Mr. Pence has signed documents on the campaign plane and at hotels in at least four states. His chief of staff runs a daily call with agency heads at seven in the morning, and the governor joins it whenever his schedule allows.

Mr. Pence has governed Indiana since January 2013, after six terms in the House. His term has been dominated by a fight over a religious freedom law that drew a national backlash from businesses and sports organizations, and by a long dispute with the state’s elected schools superintendent, a Democrat.

A WTHR/Howey Politics poll released last week found Mr. Holcomb and Mr. Gregg tied at 42 percent.

In New York, the Trump campaign’s senior communications adviser, Jason Miller, said Mr. Pence would keep a “robust” travel schedule through Election Day. An aide to Mr. Pence said the governor would spend at least two days a week in Indiana.

On Monday night, at a fund-raiser in Carmel, the vice-presidential nominee told donors that the campaign had “all the momentum now.”

The Indianapolis Star reported on Sunday that the governor had spent 11 of the previous 30 days outside the state. According to his public schedule, he has held just two cabinet meetings since July.

Outside the Statehouse, a retired steelworker from Gary said he liked Mr. Pence but thought the governor “ought to pick one job.”

“Hoosiers know where my heart is,” Mr. Pence said.
''', r'''
insisted || he@@he insisted || running for vice president had not distracted him from running Indiana || P
told || the governor@@the governor told || “I start every day with the people of Indiana,” ~~ “The campaign gets the rest.” || P
said || John Gregg, the Democratic nominee for governor || Mr. Pence had become “a part-time governor with a full-time travel schedule.” || P
said || A Republican state senator who has clashed with the governor over road funding || several routine decisions had been delayed for days while Mr. Pence was on the road || A
said || He@@He said lawmakers || lawmakers had started joking about “governing by FaceTime.” || A
told || he@@he told the crowd || Indiana’s budget surplus was “proof that conservative government works.” || P
said || His spokeswoman, Kara Brooks || every bill and executive order had been signed “on time and in person.” || P
said || Lt. Gov. Eric Holcomb, the Republican nominee to succeed Mr. Pence || he had “never once” been asked to make a decision in the governor’s place || P
found || A WTHR/Howey Politics poll released last week || Mr. Holcomb and Mr. Gregg tied at 42 percent || D
said || the Trump campaign’s senior communications adviser, Jason Miller || Mr. Pence would keep a “robust” travel schedule through Election Day || P
said || An aide to Mr. Pence || the governor would spend at least two days a week in Indiana || A
told || the vice-presidential nominee || the campaign had “all the momentum now.” || P
reported || The Indianapolis Star || the governor had spent 11 of the previous 30 days outside the state || M
According to || his public schedule || he has held just two cabinet meetings since July || D
said || a retired steelworker from Gary || he liked Mr. Pence but thought the governor “ought to pick one job.” || A
said || Mr. Pence@@Mr. Pence said. || “Hoosiers know where my heart is,” || P
''')

# ---------------------------------------------------------------- y10
doc("y10", '''
Zika Standoff Leaves Lawmakers Trading Blame as Recess Nears

WASHINGTON — Senator Harry Reid of Nevada, the Democratic leader, said on Tuesday that Republicans were “playing politics with pregnant women” by attaching a provision on Planned Parenthood to a bill providing $1.1 billion to fight the Zika virus.

“They know exactly what they’re doing,” the minority leader said in a floor speech.

The majority leader, Mitch McConnell of Kentucky, said Democrats had blocked the money three times and “will have to explain that to the voters.”

A Republican leadership aide said Mr. McConnell was prepared to drop the Planned Parenthood language if Democrats agreed to other conditions. A Democratic aide said no such offer had been made.

An hour later, outside the chamber, the retiring Nevada senator repeated that the Republican bill was “a political document, not a health bill.”

At the White House, the press secretary, Josh Earnest, said the administration had already shifted nearly $600 million from Ebola programs to fight Zika and “cannot keep robbing Peter to pay Paul.” He said the president would veto any bill that restricted money for Planned Parenthood.

The director of the Centers for Disease Control and Prevention, Dr. Tom Frieden, warned last week that the agency was “basically out of money” for its Zika response.

The money fight has dragged on since February, when the administration first sent its request to Capitol Hill. The House passed a smaller package in June, the Senate passed a different one in May, and the compromise that emerged over the summer has stalled twice on procedural votes. Mosquito season in the Gulf states runs well into October.

The virus, which can cause severe birth defects, has spread through much of Latin America and the Caribbean since last year. Puerto Rico has recorded more than 10,000 cases, and the first locally transmitted infections in the continental United States appeared in a small area north of downtown Miami in late July. County workers have sprayed the neighborhood from trucks and small planes several times since then.

In Florida, which has recorded more than 40 locally transmitted cases, Gov. Rick Scott, a Republican, said Congress should “stop the bickering and get this done.”

A Miami-Dade County official said mosquito spraying had cost the county $10 million so far. He said the county would seek federal reimbursement.

In Tallahassee on Tuesday, he signed an emergency order freeing another $5 million in state money and said Washington had “left us on our own.”

In Miami’s Wynwood neighborhood, a pregnant restaurant manager said she had stopped walking to work. “I check my arms for bites every night,” she said.

A Kaiser Family Foundation survey released in August found that most Americans wanted Congress to approve the money quickly.

Speaker Paul D. Ryan told reporters on Wednesday that the House had “done its job” when it passed the measure in June.

The Wall Street Journal reported that negotiators were discussing attaching the Zika money to a stopgap spending bill due by Sept. 30.

“There’s a deal to be made,” a senior Senate Democratic aide said. “Whether anybody wants to make it before the election is another question.”
''', r'''
said || Senator Harry Reid of Nevada, the Democratic leader || Republicans were “playing politics with pregnant women” by attaching a provision on Planned Parenthood to a bill providing $1.1 billion to fight the Zika virus || P
said || the minority leader || “They know exactly what they’re doing,” || P
said || The majority leader, Mitch McConnell of Kentucky || Democrats had blocked the money three times and “will have to explain that to the voters.” || P
said || A Republican leadership aide || Mr. McConnell was prepared to drop the Planned Parenthood language if Democrats agreed to other conditions || A
said || A Democratic aide || no such offer had been made || A
repeated || the retiring Nevada senator || the Republican bill was “a political document, not a health bill.” || P
said || the press secretary, Josh Earnest || the administration had already shifted nearly $600 million from Ebola programs to fight Zika and “cannot keep robbing Peter to pay Paul.” || P
said || He@@He said the president || the president would veto any bill that restricted money for Planned Parenthood || P
warned || The director of the Centers for Disease Control and Prevention, Dr. Tom Frieden || the agency was “basically out of money” for its Zika response || P
said || Gov. Rick Scott, a Republican || Congress should “stop the bickering and get this done.” || P
said || A Miami-Dade County official || mosquito spraying had cost the county $10 million so far || A
said || He@@He said the county || the county would seek federal reimbursement || A
said || he@@he signed || Washington had “left us on our own.” || P
said || a pregnant restaurant manager || she had stopped walking to work || A
said || she@@she said.\n\nA Kaiser || “I check my arms for bites every night,” || A
found || A Kaiser Family Foundation survey released in August || most Americans wanted Congress to approve the money quickly || D
told || Speaker Paul D. Ryan || the House had “done its job” when it passed the measure in June || P
reported || The Wall Street Journal || negotiators were discussing attaching the Zika money to a stopgap spending bill due by Sept. 30 || M
said || a senior Senate Democratic aide || “There’s a deal to be made,” ~~ “Whether anybody wants to make it before the election is another question.” || A
''')


# ================================================================ machinery
CURLY = "\u201c\u201d\u2018\u2019"
MAX_GAP = 260
MARGIN = 25


def _word_re(s):
    pre = r"(?<!\w)" if re.match(r"\w", s[0]) else ""
    post = r"(?!\w)" if re.match(r"\w", s[-1]) else ""
    return re.compile(pre + re.escape(s) + post)


def _occurrences(text, s, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    return [(m.start(), m.end()) for m in _word_re(s).finditer(text, lo, hi)
            if m.end() <= hi]


def _split_ctx(field):
    field = field.replace("\\n", "\n")
    if "@@" in field:
        span, ctx = field.split("@@", 1)
        return span, ctx
    return field, None


def _locate_in_ctx(text, span, ctx, what):
    n = text.count(ctx)
    assert n == 1, f"{what}: context {ctx!r} occurs {n} times"
    c0 = text.index(ctx)
    occ = _occurrences(text, span, c0, c0 + len(ctx))
    assert len(occ) >= 1, f"{what}: {span!r} not in context {ctx!r}"
    return occ[0]


def _gap(a, b):
    """distance between two ranges (0 if touching/overlapping)"""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def _nearest(text, s, anchor, forbidden, what):
    cands = [o for o in _occurrences(text, s)
             if not any(_overlaps(o, f) for f in forbidden)]
    assert cands, f"{what}: {s!r} not found"
    best = min(cands, key=lambda o: _gap(o, anchor))
    g = _gap(best, anchor)
    rivals = [o for o in cands if o != best and _gap(o, anchor) < g + 40]
    assert not rivals, f"{what}: {s!r} ambiguous, give a context"
    assert g <= MAX_GAP, f"{what}: nearest {s!r} is {g} chars away"
    return best


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_line(text, line, doc_id):
    parts = [p.strip() for p in line.split("||")]
    assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
    cue_f, src_f, con_f, typ = parts
    assert typ in TYPES, f"{doc_id}: bad type {typ!r}"
    what = f"{doc_id} [{line[:60]}]"
    # content fragments
    frags = []
    for fr in con_f.split(" ~~ "):
        span, ctx = _split_ctx(fr)
        if ctx is not None:
            frags.append(_locate_in_ctx(text, span, ctx, what))
        else:
            n = text.count(span)
            assert n == 1, f"{what}: content fragment {span!r} occurs {n} times"
            s = text.index(span)
            frags.append((s, s + len(span)))
    frags.sort()
    con = (frags[0][0], frags[-1][1])
    # cue and source, chosen jointly: the cue nearest the content and the
    # source nearest that cue (minimal total gap); an explicit context fixes
    # either one.  A runner-up pair with another cue or source within
    # MARGIN characters is an error (add a context).
    cspan, cctx = _split_ctx(cue_f)
    if cctx is not None:
        cue_cands = [_locate_in_ctx(text, cspan, cctx, what)]
    else:
        cue_cands = [o for o in _occurrences(text, cspan)
                     if not any(_overlaps(o, f) for f in frags)]
    assert cue_cands, f"{what}: cue {cspan!r} not found"
    if src_f == "NULL":
        pairs = [(_gap(c, con), c, None) for c in cue_cands]
    else:
        sspan, sctx = _split_ctx(src_f)
        if sctx is not None:
            src_cands = [_locate_in_ctx(text, sspan, sctx, what)]
        else:
            src_cands = [o for o in _occurrences(text, sspan)
                         if not any(_overlaps(o, f) for f in frags)]
        pairs = [(_gap(c, con) + _gap(sc, c), c, sc) for c in cue_cands for sc in src_cands
                 if not _overlaps(c, sc)]
    assert pairs, f"{what}: no cue/source pair"
    pairs.sort(key=lambda x: x[0])
    best, cue, src = pairs[0]
    rivals = [p for p in pairs[1:] if (p[1] != cue or p[2] != src) and p[0] < best + MARGIN]
    assert not rivals, f"{what}: ambiguous cue/source {[text[p[1][0]:p[1][1]] for p in rivals]}, give a context"
    assert _gap(cue, con) <= MAX_GAP and (src is None or _gap(src, cue) <= MAX_GAP), f"{what}: too far"
    if src is not None:
        assert not any(_overlaps(src, f) for f in frags + [cue]), f"{what}: source overlaps"
    content = _span(text, *con)
    if len(frags) > 1:
        content["fragments"] = [[s, e] for s, e in frags]
    rec = {"cue": _span(text, *cue),
           "source": _span(text, *src) if src else None,
           "content": content,
           "source_type": TYPES[typ]}
    # sanity on span conventions
    for key in ("cue", "source"):
        sp = rec[key]
        if sp:
            assert sp["text"] == sp["text"].strip(), f"{what}: {key} has outer space"
    ctext = text[frags[0][0]:frags[0][1]]
    assert not ctext.lower().startswith("that "), f"{what}: content starts with that"
    last = text[frags[-1][0]:frags[-1][1]]
    assert not last.endswith("."), f"{what}: period outside quotes"
    return rec


def build():
    records = []
    for i, (doc_id, text, ann) in enumerate(DOCS):
        # quote style: first half straight, second half curly
        if i < len(DOCS) // 2:
            assert '"' in text and not any(c in text for c in CURLY), doc_id
        else:
            assert any(c in text for c in CURLY), doc_id
            assert '"' not in text and "'" not in text, doc_id
        # headline, blank line, paragraphs
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "" and lines[2].strip(), doc_id
        assert "\n\n\n" not in text, doc_id
        nwords = len(text.split())
        assert 500 <= nwords <= 700, f"{doc_id}: {nwords} words"
        atts = [parse_line(text, ln, doc_id) for ln in ann.strip().split("\n") if ln.strip()]
        assert 14 <= len(atts) <= 22, f"{doc_id}: {len(atts)} attributions"
        atts.sort(key=lambda a: a["cue"]["start"])
        for a in atts:
            for key in ("cue", "source", "content"):
                sp = a[key]
                if sp is not None:
                    assert text[sp["start"]:sp["end"]] == sp["text"]
            for s, e in a["content"].get("fragments", []):
                assert a["content"]["start"] <= s < e <= a["content"]["end"]
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(set(cues)) == len(cues), f"{doc_id}: duplicate cue"
        records.append({"doc_id": doc_id, "text": text, "split": "blind",
                        "attributions": atts})
    return records


def review(records):
    for r in records:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words,", len(r["attributions"]), "attributions")
        for a in r["attributions"]:
            c = a["cue"]
            print(f"  CUE {c['text']!r} @{c['start']}: ...{t[max(0, c['start'] - 50):c['start']]}[[{c['text']}]]{t[c['end']:c['end'] + 30]}...".replace("\n", "/"))
            s = a["source"]
            if s:
                print(f"    SRC {s['text']!r} @{s['start']}: ...{t[max(0, s['start'] - 30):s['start']]}[[{s['text']}]]{t[s['end']:s['end'] + 20]}...".replace("\n", "/"))
            print(f"    CON {a['content']['text']!r} {a['content'].get('fragments', '')}")
            print(f"    TYPE {a['source_type']}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind46.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())
