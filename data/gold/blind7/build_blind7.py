#!/usr/bin/env python3
"""Build ``blind7.jsonl``: the seventh batch of blind test articles (session 15).

14 invented wire-style 2016 political news articles of heavy anonymous sourcing beside on-record
sources, written and annotated by a helper session that never read claimtrace's code, tests or
data; see NOTES.md. Scored on arrival, then read for errors.

Usage: ``python data/gold/blind7/build_blind7.py [--check] [--review]`` (``--check``: exit 1
if blind7.jsonl is stale; ``--review``: print every attribution in context).

Annotation line format (one attribution per line, inside each DOC's ANN block):
    CUE || SOURCE || CONTENT || TYPE
  * SOURCE is "-" when the article gives no source (null).
  * CONTENT may have several fragments separated by " ++ " (split quotes, quotes
    continued across paragraphs); fragments are listed in text order.
  * Any span may be written "TEXT@@CONTEXT": CONTEXT must occur exactly once in the
    article, and TEXT is taken at its first occurrence inside CONTEXT.
  * Without a context: a content fragment must occur exactly once in the article;
    the cue is the occurrence nearest to the content (not overlapping it); the source
    is the occurrence nearest to the cue (not overlapping cue or content).
All offsets are computed here; nothing is typed by hand.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

DOCS = []


def doc(doc_id, text, ann):
    DOCS.append((doc_id, text.strip("\n"), ann))


# ---------------------------------------------------------------- straight quotes
doc("g01", '''
Trump narrows running mate search to three finalists

NEW YORK (Reuters) - Donald Trump has narrowed his search for a running mate to three finalists and could announce his choice as early as Friday, according to three people briefed on the matter.

Indiana Governor Mike Pence, former House Speaker Newt Gingrich and New Jersey Governor Chris Christie remain under consideration, the people said. One of them said Pence had emerged as the favorite after a lengthy meeting with Trump at the governor's mansion in Indianapolis on Tuesday.

"The governor checks a lot of boxes," said a senior campaign adviser, who spoke on condition of anonymity because the deliberations were private. "He knows Congress, he knows evangelicals, and he doesn't try to steal the spotlight."

The adviser added that Trump's adult children, who have taken an active role in the search, had met with all three finalists.

Trump himself has kept his options open. "I have three great people, maybe four," he told Fox News in an interview on Wednesday. "Everybody wants to know. They'll know soon."

Pence faces a Friday deadline under Indiana law to withdraw from his re-election race for governor.

Gingrich, who has advised Trump informally for months, said in an interview that he had not been told of any decision. "I'd be honored to serve, but I'm not losing sleep over it," he said.

A spokesman for Christie declined to comment.

Some Republican donors worry that Gingrich's long history in Washington would undercut Trump's message of change, a party fundraiser said. The fundraiser, who asked not to be named, said several major donors had told the campaign they preferred Pence.

Trump's campaign chairman, Paul Manafort, told reporters on Wednesday that the process was "on schedule" and that the candidate would make the final call himself.

"Donald Trump will make this decision, nobody else," Manafort said.
''', '''
according to || three people briefed on the matter || Donald Trump has narrowed his search for a running mate to three finalists and could announce his choice as early as Friday || anonymous
said || the people || Indiana Governor Mike Pence, former House Speaker Newt Gingrich and New Jersey Governor Chris Christie remain under consideration || anonymous
said || One of them || Pence had emerged as the favorite after a lengthy meeting with Trump at the governor's mansion in Indianapolis on Tuesday || anonymous
said || a senior campaign adviser, who spoke on condition of anonymity because the deliberations were private || "The governor checks a lot of boxes," ++ "He knows Congress, he knows evangelicals, and he doesn't try to steal the spotlight." || anonymous
added || The adviser || Trump's adult children, who have taken an active role in the search, had met with all three finalists || anonymous
told || he || "I have three great people, maybe four," ++ "Everybody wants to know. They'll know soon." || named_person
said || Gingrich, who has advised Trump informally for months || he had not been told of any decision || named_person
said || he || "I'd be honored to serve, but I'm not losing sleep over it," || named_person
worry || Some Republican donors || Gingrich's long history in Washington would undercut Trump's message of change || anonymous
said || a party fundraiser || Some Republican donors worry that Gingrich's long history in Washington would undercut Trump's message of change || anonymous
said || The fundraiser, who asked not to be named || several major donors had told the campaign they preferred Pence || anonymous
had told || several major donors || they preferred Pence || anonymous
told || Trump's campaign chairman, Paul Manafort || the process was "on schedule" and that the candidate would make the final call himself || named_person
said || Manafort@@Manafort said || "Donald Trump will make this decision, nobody else," || named_person
''')

doc("g02", '''
McConnell holds firm against Garland hearings as Democrats press

WASHINGTON (AP) - Senate Majority Leader Mitch McConnell said Tuesday that the Senate would not hold confirmation hearings for Supreme Court nominee Merrick Garland this year, rejecting a new push by Democrats and a handful of Republican senators.

"The American people should have a voice in this decision," McConnell said on the Senate floor. "The next president will make this nomination, and that is where it belongs.

"We are not going to change course because of a campaign by the White House."

Garland, the chief judge of the U.S. Court of Appeals for the District of Columbia Circuit, was nominated by President Barack Obama in March.

Democrats argue that the Senate has a constitutional duty to consider the nominee. Senate Minority Leader Harry Reid called the blockade "a disgrace" and said Republicans were "doing the bidding of Donald Trump."

Behind closed doors, however, the picture is less settled. Two Republican senators have told McConnell privately that they would support hearings after the November election if Clinton wins, according to a GOP aide familiar with the conversations. The aide spoke on condition of anonymity because the aide was not authorized to discuss private meetings.

Sen. Mark Kirk of Illinois, who is in a tough re-election race, has met with Garland and said in a statement that the Senate should "do its job."

The White House believes the politics are shifting. Press secretary Josh Earnest told reporters that Republicans were "running out of excuses" and that public opinion was on the president's side.

A Gallup poll released last month found that a majority of Americans wanted the Senate to hold hearings.

McConnell's office said the leader's position had not changed. "Nothing has changed, and nothing will," spokesman Don Stewart said in an email.

Some conservative activists fear that Republicans could confirm Garland in a lame-duck session if Trump loses. One of them, who asked not to be named because the groups are still planning their strategy, said conservative organizations were preparing ads to pressure wavering senators.
''', '''
said || Senate Majority Leader Mitch McConnell || the Senate would not hold confirmation hearings for Supreme Court nominee Merrick Garland this year || named_person
said || McConnell@@McConnell said on the Senate floor || "The American people should have a voice in this decision," ++ "The next president will make this nomination, and that is where it belongs. ++ "We are not going to change course because of a campaign by the White House." || named_person
argue || Democrats || the Senate has a constitutional duty to consider the nominee || named_org
called || Senate Minority Leader Harry Reid || the blockade "a disgrace" || named_person
said || Senate Minority Leader Harry Reid || Republicans were "doing the bidding of Donald Trump." || named_person
have told || Two Republican senators || they would support hearings after the November election if Clinton wins || anonymous
according to || a GOP aide familiar with the conversations || Two Republican senators have told McConnell privately that they would support hearings after the November election if Clinton wins || anonymous
said || Sen. Mark Kirk of Illinois, who is in a tough re-election race || the Senate should "do its job." || named_person
believes || The White House || the politics are shifting || named_org
told || Press secretary Josh Earnest || Republicans were "running out of excuses" and that public opinion was on the president's side || named_person
found || A Gallup poll released last month || a majority of Americans wanted the Senate to hold hearings || document
said || McConnell's office || the leader's position had not changed || named_org
said || spokesman Don Stewart || "Nothing has changed, and nothing will," || named_person
fear || Some conservative activists || Republicans could confirm Garland in a lame-duck session if Trump loses || anonymous
said || One of them, who asked not to be named because the groups are still planning their strategy || conservative organizations were preparing ads to pressure wavering senators || anonymous
''')

doc("g03", '''
Clinton Campaign Quietly Courts Republican Donors as Trump Falters

Hillary Clinton's campaign has begun reaching out to dozens of Republican donors who have refused to back Donald Trump, according to four people involved in the effort, a sign of how aggressively Democrats are moving to exploit divisions in the opposing party.

The outreach is being run by a small team at the campaign's Brooklyn headquarters, the people said, and has included phone calls from Clinton's running mate, Tim Kaine, and from former Treasury officials. Two of the people said at least a dozen donors who gave to Jeb Bush's campaign had agreed to write checks.

Campaign manager Robby Mook said in an interview that the campaign welcomed "anyone who believes Donald Trump is unfit to be president," regardless of party. "This isn't about ideology anymore," Mook said. "It's about basic temperament."

Federal Election Commission filings show that Clinton raised $68 million in June, more than twice Trump's total.

Not everyone in the party is comfortable with the strategy. Some progressive activists believe the outreach risks alienating supporters of Senator Bernie Sanders, who made Wall Street's influence a central theme of his campaign. A senior Democratic strategist who has worked with the campaign said those concerns were overblown. He said the donors were being asked for money, not for policy input.

"Nobody is writing the platform for a check," the strategist said.

Trump wrote on Twitter on Thursday that Clinton was "owned by Wall Street" and that the donors were "the same people who rigged the system."

A Republican fundraiser who has been approached by the campaign said the calls had been polite but persistent. The fundraiser, who requested anonymity to describe private conversations, said he had not decided whether to give. "I've never voted for a Democrat in my life," he said. "But I've never seen a year like this."

Clinton has not discussed the effort publicly.
''', '''
according to || four people involved in the effort || Hillary Clinton's campaign has begun reaching out to dozens of Republican donors who have refused to back Donald Trump || anonymous
said || the people || The outreach is being run by a small team at the campaign's Brooklyn headquarters ++ and has included phone calls from Clinton's running mate, Tim Kaine, and from former Treasury officials || anonymous
said || Two of the people || at least a dozen donors who gave to Jeb Bush's campaign had agreed to write checks || anonymous
said || Campaign manager Robby Mook || the campaign welcomed "anyone who believes Donald Trump is unfit to be president," regardless of party || named_person
said || Mook@@Mook said. || "This isn't about ideology anymore," ++ "It's about basic temperament." || named_person
show || Federal Election Commission filings || Clinton raised $68 million in June, more than twice Trump's total || document
believe || Some progressive activists || the outreach risks alienating supporters of Senator Bernie Sanders, who made Wall Street's influence a central theme of his campaign || anonymous
said || A senior Democratic strategist who has worked with the campaign || those concerns were overblown || anonymous
said || He || the donors were being asked for money, not for policy input || anonymous
said || the strategist || "Nobody is writing the platform for a check," || anonymous
wrote || Trump || Clinton was "owned by Wall Street" and that the donors were "the same people who rigged the system." || named_person
said || A Republican fundraiser who has been approached by the campaign || the calls had been polite but persistent || anonymous
said || The fundraiser, who requested anonymity to describe private conversations || he had not decided whether to give || anonymous
said || he@@he said. "But || "I've never voted for a Democrat in my life," ++ "But I've never seen a year like this." || anonymous
''')

doc("g04", '''
Comey defied Justice Department in sending letter on Clinton emails

WASHINGTON (Reuters) - Senior Justice Department officials warned FBI Director James Comey that informing Congress of newly discovered emails linked to Hillary Clinton's private server so close to the election would break with long-standing policy, two U.S. officials said on Saturday.

Comey sent the letter anyway, the officials said. One of them, who spoke on condition of anonymity because the discussions were confidential, said Comey believed he was obligated to update lawmakers after he told them in July that the investigation was complete.

"He felt he had no choice," the official said. "He thought that if it leaked later, the bureau would be accused of hiding something."

The emails were found on a laptop used by former congressman Anthony Weiner, the estranged husband of Clinton aide Huma Abedin, a law enforcement source told Reuters. The source said investigators had not yet begun reading them because they were waiting for a search warrant.

In a letter to lawmakers on Friday, Comey wrote that the FBI could not yet assess whether the material was significant.

The Clinton campaign demanded that the FBI release all the information it had. "It is extraordinary that we would see something like this just 11 days out from a presidential election," campaign chairman John Podesta said in a statement.

Donald Trump told supporters at a rally in New Hampshire that the case was "bigger than Watergate."

A Justice Department spokesman declined to comment. The FBI did not respond to a request for comment.

The Washington Post reported on Saturday that Attorney General Loretta Lynch had also opposed sending the letter. A second official confirmed that account but said Lynch did not order Comey not to send it.

"Nobody told him he couldn't," the official said. "They told him it was a bad idea."
''', '''
warned || Senior Justice Department officials || informing Congress of newly discovered emails linked to Hillary Clinton's private server so close to the election would break with long-standing policy || anonymous
said || two U.S. officials || Senior Justice Department officials warned FBI Director James Comey that informing Congress of newly discovered emails linked to Hillary Clinton's private server so close to the election would break with long-standing policy || anonymous
said || the officials || Comey sent the letter anyway || anonymous
said || One of them, who spoke on condition of anonymity because the discussions were confidential || Comey believed he was obligated to update lawmakers after he told them in July that the investigation was complete || anonymous
believed || Comey@@Comey believed || he was obligated to update lawmakers after he told them in July that the investigation was complete || named_person
told || he@@he told them || the investigation was complete || named_person
said || the official || "He felt he had no choice," ++ "He thought that if it leaked later, the bureau would be accused of hiding something." || anonymous
told || a law enforcement source || The emails were found on a laptop used by former congressman Anthony Weiner, the estranged husband of Clinton aide Huma Abedin || anonymous
said || The source || investigators had not yet begun reading them because they were waiting for a search warrant || anonymous
wrote || Comey || the FBI could not yet assess whether the material was significant || named_person
demanded || The Clinton campaign || the FBI release all the information it had || named_org
said || campaign chairman John Podesta || "It is extraordinary that we would see something like this just 11 days out from a presidential election," || named_person
told || Donald Trump || the case was "bigger than Watergate." || named_person
reported || The Washington Post || Attorney General Loretta Lynch had also opposed sending the letter || media
confirmed || A second official || that account || anonymous
said || A second official || Lynch did not order Comey not to send it || anonymous
said || the official@@the official said. "They || "Nobody told him he couldn't," ++ "They told him it was a bad idea." || anonymous
''')

doc("g05", '''
Ryan says he will vote for Trump, but keeps his distance

JANESVILLE, Wis. (AP) - House Speaker Paul Ryan said Thursday that he will vote for Donald Trump, ending weeks of public hesitation, but he made clear that he still disagrees with the presumptive Republican nominee on trade and immigration.

Ryan's decision came in a column published in his hometown newspaper, The Janesville Gazette. "It's no secret that he and I have our differences," Ryan wrote. "But on the issues that make up our agenda, we have more common ground than disagreement."

Speaking to reporters later in the day, Ryan said he had not been pressured by party leaders. He said he would continue to speak out when he disagreed with Trump.

Trump responded within hours. "Paul Ryan is a good man, and we are going to unify the party," he said in a statement.

Democrats pounced. Senate Minority Leader Harry Reid said Ryan had "put party ahead of country." Democratic National Committee Chair Debbie Wasserman Schultz wrote on Twitter that Ryan had left "no daylight" between Trump and congressional Republicans.

Ryan and Trump met at Republican National Committee headquarters in Washington last month. Ryan's spokeswoman, AshLee Strong, said the two men had spoken several times since then.

Trump's campaign manager, Corey Lewandowski, said in an interview with CNN that the candidate had called Ryan on Wednesday night to thank him. Lewandowski said the two men would appear together "when the time is right."

Reince Priebus, the party chairman, told The Associated Press that the endorsement was "a big step forward." "We're coming together," Priebus said.
''', '''
says || Ryan@@Ryan says || he will vote for Trump || named_person
said || House Speaker Paul Ryan || he will vote for Donald Trump || named_person
made clear || he@@he made clear || he still disagrees with the presumptive Republican nominee on trade and immigration || named_person
wrote || Ryan@@Ryan wrote || "It's no secret that he and I have our differences," ++ "But on the issues that make up our agenda, we have more common ground than disagreement." || named_person
said || Ryan@@Ryan said he had not || he had not been pressured by party leaders || named_person
said || He@@He said he would || he would continue to speak out when he disagreed with Trump || named_person
said || he@@he said in a statement || "Paul Ryan is a good man, and we are going to unify the party," || named_person
said || Senate Minority Leader Harry Reid || Ryan had "put party ahead of country." || named_person
wrote || Democratic National Committee Chair Debbie Wasserman Schultz || Ryan had left "no daylight" between Trump and congressional Republicans || named_person
said || Ryan's spokeswoman, AshLee Strong || the two men had spoken several times since then || named_person
said || Trump's campaign manager, Corey Lewandowski || the candidate had called Ryan on Wednesday night to thank him || named_person
said || Lewandowski@@Lewandowski said || the two men would appear together "when the time is right." || named_person
told || Reince Priebus, the party chairman || the endorsement was "a big step forward." || named_person
said || Priebus@@Priebus said || "We're coming together," || named_person
''')

doc("g06", '''
White House weighs lame-duck push on Pacific trade deal, officials say

WASHINGTON (Reuters) - The Obama administration is preparing a final push to win congressional approval of the Trans-Pacific Partnership trade deal after the Nov. 8 election, several administration officials said, despite opposition from both presidential nominees.

The strategy, which has not been made public, would have President Barack Obama lobby Republican lawmakers personally during the lame-duck session, according to a U.S. official and a congressional aide briefed on the plans.

"The president has not given up on this, and he is not going to," the official told Reuters. "He sees it as central to his legacy in Asia."

The official, who asked not to be named because the planning was at an early stage, said the White House had identified about 30 House Republicans who could be persuaded. The aide was more skeptical. He said the votes were "not even close" and that House Speaker Paul Ryan had shown no appetite for a fight.

The 12-nation agreement was signed in February but must be ratified by Congress.

Asked about the plans at a briefing on Tuesday, White House spokesman Josh Earnest said the administration would continue to "make the case" for the deal. He declined to discuss the timing.

Both Hillary Clinton and Donald Trump have said the agreement should not be ratified in its current form.

Ryan's office said in a statement that there was not enough support for a vote. A senior Republican leadership aide went further, saying privately that bringing the deal up after the election would be "political malpractice."

Business groups are divided. The U.S. Chamber of Commerce said it would spend heavily to support the deal, while some manufacturers fear that it would accelerate the loss of factory jobs.

One person familiar with the administration's thinking said Obama was realistic about the odds. "He knows the politics are terrible," the person said. "But he thinks the economics are undeniable."
''', '''
say || officials@@officials say || White House weighs lame-duck push on Pacific trade deal || anonymous
said || several administration officials || The Obama administration is preparing a final push to win congressional approval of the Trans-Pacific Partnership trade deal after the Nov. 8 election || anonymous
according to || a U.S. official and a congressional aide briefed on the plans || The strategy, which has not been made public, would have President Barack Obama lobby Republican lawmakers personally during the lame-duck session || anonymous
told || the official@@the official told Reuters || "The president has not given up on this, and he is not going to," ++ "He sees it as central to his legacy in Asia." || anonymous
said || The official, who asked not to be named because the planning was at an early stage || the White House had identified about 30 House Republicans who could be persuaded || anonymous
said || He@@He said the votes || the votes were "not even close" and that House Speaker Paul Ryan had shown no appetite for a fight || anonymous
said || White House spokesman Josh Earnest || the administration would continue to "make the case" for the deal || named_person
have said || Both Hillary Clinton and Donald Trump || the agreement should not be ratified in its current form || named_person
said || Ryan's office || there was not enough support for a vote || named_org
saying || A senior Republican leadership aide || bringing the deal up after the election would be "political malpractice." || anonymous
said || The U.S. Chamber of Commerce || it would spend heavily to support the deal || named_org
fear || some manufacturers || it would accelerate the loss of factory jobs || anonymous
said || One person familiar with the administration's thinking || Obama was realistic about the odds || anonymous
said || the person@@the person said. "But || "He knows the politics are terrible," ++ "But he thinks the economics are undeniable." || anonymous
''')

doc("g07", '''
Republican leaders draft rules to block floor revolt at convention

CLEVELAND (Reuters) - Republican Party officials have drafted changes to convention rules that would make it nearly impossible for delegates opposed to Donald Trump to force a floor vote on unbinding delegates, two people involved in the drafting said on Wednesday.

The language would raise the number of state delegations needed to force such a vote, one of the people said. The person, who spoke on condition of anonymity because the rules committee had not yet met, said the changes had the backing of party leadership.

"Nobody wants a circus on national television," the person said. "The goal is to get out of Cleveland with a united party."

A second source, a member of the rules committee, said at least 20 of the committee's 112 members supported a measure that would free delegates to vote their conscience. That is well short of the 28 needed to send a minority report to the floor, the source said.

Organizers of the anti-Trump effort believe they can still win over wavering members, according to an adviser to the group, who asked not to be identified by name. The adviser said donors had pledged several hundred thousand dollars to pay for whip operations and hotel rooms.

Delegates began arriving in Cleveland on Monday.

Some delegates privately worry that an open fight would hand the election to Hillary Clinton. One delegate from a Southern state said he had been told by a party official that his credentials could be reviewed if he joined the effort.

"It was a threat, plain and simple," the delegate said. "They didn't even try to hide it."

Party officials denied that any delegate had been threatened. A senior official said the committee would consider every amendment on its merits.
''', '''
said || two people involved in the drafting || Republican Party officials have drafted changes to convention rules that would make it nearly impossible for delegates opposed to Donald Trump to force a floor vote on unbinding delegates || anonymous
said || one of the people || The language would raise the number of state delegations needed to force such a vote || anonymous
said || The person, who spoke on condition of anonymity because the rules committee had not yet met || the changes had the backing of party leadership || anonymous
said || the person || "Nobody wants a circus on national television," ++ "The goal is to get out of Cleveland with a united party." || anonymous
said || A second source, a member of the rules committee || at least 20 of the committee's 112 members supported a measure that would free delegates to vote their conscience || anonymous
said || the source || That is well short of the 28 needed to send a minority report to the floor || anonymous
believe || Organizers of the anti-Trump effort || they can still win over wavering members || anonymous
according to || an adviser to the group, who asked not to be identified by name || Organizers of the anti-Trump effort believe they can still win over wavering members || anonymous
said || The adviser || donors had pledged several hundred thousand dollars to pay for whip operations and hotel rooms || anonymous
worry || Some delegates || an open fight would hand the election to Hillary Clinton || anonymous
said || One delegate from a Southern state || he had been told by a party official that his credentials could be reviewed if he joined the effort || anonymous
had been told || a party official || his credentials could be reviewed if he joined the effort || anonymous
said || the delegate || "It was a threat, plain and simple," ++ "They didn't even try to hide it." || anonymous
denied || Party officials || any delegate had been threatened || anonymous
said || A senior official || the committee would consider every amendment on its merits || anonymous
''')

# ---------------------------------------------------------------- curly quotes
doc("g08", '''
Cruz Allies Target Trump Delegates in Quiet State-by-State Battle

Ted Cruz’s campaign is working to place its supporters in delegate slots pledged to Donald Trump in at least a dozen states, according to three people familiar with the effort, laying the groundwork for a possible second ballot at the Republican convention in July.

The effort has been most successful in states such as Georgia and South Carolina, where delegates are chosen at district conventions dominated by party activists, the people said. One of them estimated that Cruz could pick up more than 100 votes on a second ballot.

“We’re playing chess while they’re playing checkers,” said a Cruz adviser who was not authorized to speak publicly about the strategy. “By the time they figure it out, the delegates will already be ours.”

Cruz, a senator from Texas, said in an interview with Bloomberg Politics that his campaign was simply following the rules. “Every candidate had the same opportunity,” he said. “We did the work.”

Trump has complained that the party is running a “rigged” system. On Sunday he wrote on Twitter that Cruz was “stealing” delegates and that voters should be “very angry.”

Trump’s convention manager, Paul Manafort, told reporters that the campaign expected to win a majority on the first ballot and that the second-ballot maneuvering was irrelevant. Some Trump aides privately acknowledge that the campaign was slow to build a delegate operation, according to a person who has spoken with them. That person, who requested anonymity to discuss private conversations, said the campaign had hired several veteran operatives in recent weeks to catch up.

Trump won 45 of the 50 delegates at stake in Georgia’s March 1 primary.

A Bloomberg Politics poll released this week found that 62 percent of Republican voters believe the candidate with the most delegates should be the nominee.
''', '''
according to || three people familiar with the effort || Ted Cruz’s campaign is working to place its supporters in delegate slots pledged to Donald Trump in at least a dozen states || anonymous
said || the people || The effort has been most successful in states such as Georgia and South Carolina, where delegates are chosen at district conventions dominated by party activists || anonymous
estimated || One of them || Cruz could pick up more than 100 votes on a second ballot || anonymous
said || a Cruz adviser who was not authorized to speak publicly about the strategy || “We’re playing chess while they’re playing checkers,” ++ “By the time they figure it out, the delegates will already be ours.” || anonymous
said || Cruz, a senator from Texas || his campaign was simply following the rules || named_person
said || he@@he said. “We did || “Every candidate had the same opportunity,” ++ “We did the work.” || named_person
has complained || Trump@@Trump has complained || the party is running a “rigged” system || named_person
wrote || he@@he wrote || Cruz was “stealing” delegates and that voters should be “very angry.” || named_person
told || Trump’s convention manager, Paul Manafort || the campaign expected to win a majority on the first ballot and that the second-ballot maneuvering was irrelevant || named_person
acknowledge || Some Trump aides || the campaign was slow to build a delegate operation || anonymous
according to || a person who has spoken with them || Some Trump aides privately acknowledge that the campaign was slow to build a delegate operation || anonymous
said || That person, who requested anonymity to discuss private conversations || the campaign had hired several veteran operatives in recent weeks to catch up || anonymous
found || A Bloomberg Politics poll released this week || 62 percent of Republican voters believe the candidate with the most delegates should be the nominee || document
believe || 62 percent of Republican voters || the candidate with the most delegates should be the nominee || anonymous
''')

doc("g09", '''
Justice Department sues North Carolina over bathroom law

RALEIGH, N.C. (AP) — The Justice Department sued North Carolina on Monday over a state law that limits protections for gay and transgender people, escalating a fight that has already cost the state hundreds of jobs and several major concerts.

Attorney General Loretta Lynch said at a news conference in Washington that the law amounted to “state-sponsored discrimination.” “This is not a time to act out of fear,” she said. “This is a time to summon our national virtues of inclusivity, diversity and compassion.”

The lawsuit argues that the law violates the Civil Rights Act and Title IX, which bars sex discrimination in education.

Hours earlier, Republican Gov. Pat McCrory filed his own lawsuit against the federal government. McCrory told reporters that the federal government was attempting to rewrite the law without going through Congress.

“This is no longer a North Carolina issue,” the governor said. “This is a national issue.”

The law, known as House Bill 2, requires transgender people to use public bathrooms that correspond to the sex on their birth certificates.

Two legislative aides said Republican leaders in the General Assembly had discussed making small changes to the law but had no plans to repeal it. The aides, who spoke on condition of anonymity because the talks were private, said House Speaker Tim Moore believes the state will prevail in court.

Democrats say the law should be repealed in full. The state’s attorney general, Roy Cooper, a Democrat who is challenging McCrory in November, has said he will not defend the law in court.

Business leaders worry that the fight will drag on for months. A recent survey by the North Carolina Chamber found that more than a third of its members had seen a drop in business from out-of-state customers.

The Charlotte Observer reported last week that at least two companies had cancelled expansion plans because of the law.
''', '''
said || Attorney General Loretta Lynch || the law amounted to “state-sponsored discrimination.” || named_person
said || she || “This is not a time to act out of fear,” ++ “This is a time to summon our national virtues of inclusivity, diversity and compassion.” || named_person
argues || The lawsuit || the law violates the Civil Rights Act and Title IX, which bars sex discrimination in education || document
told || McCrory@@McCrory told || the federal government was attempting to rewrite the law without going through Congress || named_person
said || the governor || “This is no longer a North Carolina issue,” ++ “This is a national issue.” || named_person
said || Two legislative aides || Republican leaders in the General Assembly had discussed making small changes to the law but had no plans to repeal it || anonymous
said || The aides, who spoke on condition of anonymity because the talks were private || House Speaker Tim Moore believes the state will prevail in court || anonymous
believes || House Speaker Tim Moore || the state will prevail in court || named_person
say || Democrats@@Democrats say || the law should be repealed in full || named_org
has said || The state’s attorney general, Roy Cooper, a Democrat who is challenging McCrory in November || he will not defend the law in court || named_person
worry || Business leaders || the fight will drag on for months || anonymous
found || A recent survey by the North Carolina Chamber || more than a third of its members had seen a drop in business from out-of-state customers || document
reported || The Charlotte Observer || at least two companies had cancelled expansion plans because of the law || media
''')

doc("g10", '''
Sanders endorses Clinton at New Hampshire rally

PORTSMOUTH, N.H. (AP) — Sen. Bernie Sanders endorsed Hillary Clinton for president on Tuesday, ending a long and often bitter primary fight and telling thousands of supporters that she would be “an outstanding president.”

“I intend to do everything I can to make certain she will be the next president of the United States,” Sanders said at a rally here, standing next to Clinton. “This campaign is not about Hillary Clinton or Donald Trump or Bernie Sanders.

“It is about the needs of the American people.”

Clinton, who spoke after him, embraced Sanders on stage. “Senator Sanders has brought people into the political process,” she said, “and together we are going to win this election.”

Sanders campaign manager Jeff Weaver said in an interview with MSNBC that the senator had won significant concessions on the party platform, including a $15 minimum wage. Weaver said Sanders would campaign for Clinton in several states this fall.

Donald Trump wrote on Twitter that Sanders supporters were “devastated” and that the senator had “sold out.”

Clinton campaign chairman John Podesta said in a statement that the endorsement was “a huge moment for the party.”

Vermont Gov. Peter Shumlin, a Clinton supporter, told reporters that the endorsement would help heal divisions in the party. “It was a gracious speech,” he said.

Speaking to reporters after the rally, Sanders said he was proud of the campaign his supporters had built. He said the political revolution would continue.

The Vermont senator won 22 states in the primaries.
''', '''
telling || Sen. Bernie Sanders || she would be “an outstanding president.” || named_person
said || Sanders@@Sanders said at a rally || “I intend to do everything I can to make certain she will be the next president of the United States,” ++ “This campaign is not about Hillary Clinton or Donald Trump or Bernie Sanders. ++ “It is about the needs of the American people.” || named_person
said || she || “Senator Sanders has brought people into the political process,” ++ “and together we are going to win this election.” || named_person
said || Sanders campaign manager Jeff Weaver || the senator had won significant concessions on the party platform, including a $15 minimum wage || named_person
said || Weaver@@Weaver said Sanders || Sanders would campaign for Clinton in several states this fall || named_person
wrote || Donald Trump || Sanders supporters were “devastated” and that the senator had “sold out.” || named_person
said || Clinton campaign chairman John Podesta || the endorsement was “a huge moment for the party.” || named_person
told || Vermont Gov. Peter Shumlin, a Clinton supporter || the endorsement would help heal divisions in the party || named_person
said || he || “It was a gracious speech,” || named_person
said || Sanders@@Sanders said he was proud || he was proud of the campaign his supporters had built || named_person
said || He@@He said the political || the political revolution would continue || named_person
''')

doc("g11", '''
Zika deal talks stall as Senate Democrats block Republican bill

WASHINGTON (Reuters) — Senate Democrats on Tuesday blocked a $1.1 billion Republican measure to fight the Zika virus, and negotiations over a compromise have stalled, according to aides in both parties.

Democrats say provisions in the bill that would restrict funding for Planned Parenthood clinics in Puerto Rico and loosen pesticide rules are unacceptable. Senate Majority Leader Mitch McConnell said on the Senate floor that Democrats were “playing politics with a public health emergency.” Minority Leader Harry Reid said Republicans were “holding women’s health hostage.”

The two sides had not met since last week, a Senate Democratic aide said on condition of anonymity because the talks were private. The aide, who was not authorized to speak on the record, said Democrats would accept a “clean” bill without the Planned Parenthood language but would not agree to anything else.

A Republican aide disputed that account. “They had a deal and they walked away from it,” the aide said, asking not to be named. “Now they want to blame us.”

The Centers for Disease Control and Prevention has reported more than 1,600 cases of Zika in the continental United States, nearly all linked to travel.

Florida Governor Rick Scott, a Republican, wrote in a letter to congressional leaders that the state could not wait. “Every day that goes by is another day that a pregnant woman is at risk,” he wrote.

The White House has said it needs $1.9 billion, not $1.1 billion. White House spokesman Josh Earnest told reporters the administration had been forced to shift money meant for Ebola to keep research going.

Public health officials worry that the virus will spread further as the summer continues. An administration official, who spoke on condition of anonymity, said the CDC expected local transmission in Florida “within weeks.”

A Reuters/Ipsos poll conducted this month showed that 60 percent of Americans want Congress to approve the money before the July recess.
''', '''
according to || aides in both parties || Senate Democrats on Tuesday blocked a $1.1 billion Republican measure to fight the Zika virus, and negotiations over a compromise have stalled || anonymous
say || Democrats@@Democrats say || provisions in the bill that would restrict funding for Planned Parenthood clinics in Puerto Rico and loosen pesticide rules are unacceptable || named_org
said || Senate Majority Leader Mitch McConnell || Democrats were “playing politics with a public health emergency.” || named_person
said || Minority Leader Harry Reid || Republicans were “holding women’s health hostage.” || named_person
said || a Senate Democratic aide || The two sides had not met since last week || anonymous
said || The aide, who was not authorized to speak on the record || Democrats would accept a “clean” bill without the Planned Parenthood language but would not agree to anything else || anonymous
disputed || A Republican aide || that account || anonymous
said || the aide@@the aide said, asking || “They had a deal and they walked away from it,” ++ “Now they want to blame us.” || anonymous
has reported || The Centers for Disease Control and Prevention || more than 1,600 cases of Zika in the continental United States, nearly all linked to travel || named_org
wrote || Florida Governor Rick Scott, a Republican || the state could not wait || named_person
wrote || he@@he wrote || “Every day that goes by is another day that a pregnant woman is at risk,” || named_person
has said || The White House@@The White House has said || it needs $1.9 billion, not $1.1 billion || named_org
told || White House spokesman Josh Earnest || the administration had been forced to shift money meant for Ebola to keep research going || named_person
worry || Public health officials || the virus will spread further as the summer continues || anonymous
said || An administration official, who spoke on condition of anonymity || the CDC expected local transmission in Florida “within weeks.” || anonymous
expected || the CDC || local transmission in Florida “within weeks.” || named_org
showed || A Reuters/Ipsos poll conducted this month || 60 percent of Americans want Congress to approve the money before the July recess || document
want || 60 percent of Americans || Congress to approve the money before the July recess || anonymous
''')

doc("g12", '''
Trump skips mock debates, leaning on informal sessions

NEW YORK (AP) — Donald Trump has resisted holding formal mock debates ahead of his first face-off with Hillary Clinton, frustrating some advisers who fear he will be unprepared for her attacks, according to five people familiar with the preparations.

The Republican nominee has instead held informal sessions with a small group that includes former New York Mayor Rudy Giuliani and Fox News founder Roger Ailes, the people said. They described the sessions as freewheeling conversations rather than rehearsals.

One adviser said Trump had grown bored during an attempt to run through answers on foreign policy. “He doesn’t like being told what to say,” the adviser said. “He thinks his instincts got him here, and he’s not wrong about that.”

The adviser and the others spoke on condition of anonymity because they were not authorized to discuss the campaign’s internal deliberations.

Campaign manager Kellyanne Conway said in an interview on Sunday that Trump was “taking this very seriously.” She said he had studied Clinton’s past debate performances and would be “ready to go.”

The New York Times reported last week that Clinton has spent hours with a stand-in playing Trump. Her campaign has not confirmed that account.

Clinton’s aides believe she must be prepared for Trump to raise her husband’s past, according to a Democrat close to the campaign. That person said Clinton would not take the bait. “She’s not going to get down in the mud with him,” the person said.

The debate, at Hofstra University on Long Island, will be moderated by NBC’s Lester Holt. It was announced on Monday that the debate would run 90 minutes without commercial breaks.

Trump called in to a radio show on Friday. “I’m not going to prepare too much,” he told the host. “You can over-prepare.”
''', '''
fear || some advisers || he will be unprepared for her attacks || anonymous
according to || five people familiar with the preparations || Donald Trump has resisted holding formal mock debates ahead of his first face-off with Hillary Clinton, frustrating some advisers who fear he will be unprepared for her attacks || anonymous
said || the people || The Republican nominee has instead held informal sessions with a small group that includes former New York Mayor Rudy Giuliani and Fox News founder Roger Ailes || anonymous
described || They || the sessions as freewheeling conversations rather than rehearsals || anonymous
said || One adviser || Trump had grown bored during an attempt to run through answers on foreign policy || anonymous
said || the adviser@@the adviser said. || “He doesn’t like being told what to say,” ++ “He thinks his instincts got him here, and he’s not wrong about that.” || anonymous
said || Campaign manager Kellyanne Conway || Trump was “taking this very seriously.” || named_person
said || She || he had studied Clinton’s past debate performances and would be “ready to go.” || named_person
reported || The New York Times || Clinton has spent hours with a stand-in playing Trump || media
believe || Clinton’s aides || she must be prepared for Trump to raise her husband’s past || anonymous
according to || a Democrat close to the campaign || Clinton’s aides believe she must be prepared for Trump to raise her husband’s past || anonymous
said || That person || Clinton would not take the bait || anonymous
said || the person || “She’s not going to get down in the mud with him,” || anonymous
was announced || - || the debate would run 90 minutes without commercial breaks || unknown
told || he@@he told the host || “I’m not going to prepare too much,” ++ “You can over-prepare.” || named_person
''')

doc("g13", '''
Clinton picks Kaine as running mate after weeks of quiet vetting

WASHINGTON (Reuters) — Hillary Clinton chose U.S. Senator Tim Kaine of Virginia as her running mate on Friday, her campaign announced, ending a search that sources said had narrowed to Kaine and Agriculture Secretary Tom Vilsack in its final days.

Clinton called Kaine shortly before 8 p.m. to offer him the job, a campaign official said. Kaine accepted immediately, the official said, adding that the two had spoken several times over the past week.

“Tim is everything you want in a vice president,” Clinton wrote in a text message to supporters.

Vilsack had been a strong contender until the final days, a source familiar with the decision said. The source said Clinton was persuaded in part by Kaine’s experience as governor and his fluency in Spanish. Campaign advisers believe his Spanish could help in Florida and Nevada, the person added.

Some liberal activists argue that Kaine is too close to Wall Street. They say his past support for free-trade agreements will hurt Clinton with working-class voters. Charles Chamberlain, executive director of Democracy for America, said in a statement that the pick was “deeply disappointing.”

Campaign chairman John Podesta told reporters that Kaine shared Clinton’s “deep commitment to progressive values.” Kaine, he said, had “a record of getting things done.”

Donald Trump’s campaign said in a statement that Kaine was “the ultimate insider.”

Kaine, 58, served as governor of Virginia from 2006 to 2010 and was the Democratic National Committee chairman before his election to the Senate in 2012.

Kaine’s selection was first reported by CNN, minutes before the campaign’s announcement.
''', '''
announced || her campaign || Hillary Clinton chose U.S. Senator Tim Kaine of Virginia as her running mate on Friday || named_org
said || sources || had narrowed to Kaine and Agriculture Secretary Tom Vilsack in its final days || anonymous
said || a campaign official || Clinton called Kaine shortly before 8 p.m. to offer him the job || anonymous
said || the official@@the official said, adding || Kaine accepted immediately || anonymous
adding || the official@@the official said, adding || the two had spoken several times over the past week || anonymous
wrote || Clinton@@Clinton wrote || “Tim is everything you want in a vice president,” || named_person
said || a source familiar with the decision || Vilsack had been a strong contender until the final days || anonymous
said || The source || Clinton was persuaded in part by Kaine’s experience as governor and his fluency in Spanish || anonymous
believe || Campaign advisers || his Spanish could help in Florida and Nevada || anonymous
added || the person || Campaign advisers believe his Spanish could help in Florida and Nevada || anonymous
argue || Some liberal activists || Kaine is too close to Wall Street || anonymous
say || They@@They say || his past support for free-trade agreements will hurt Clinton with working-class voters || anonymous
said || Charles Chamberlain, executive director of Democracy for America || the pick was “deeply disappointing.” || named_person
told || Campaign chairman John Podesta || Kaine shared Clinton’s “deep commitment to progressive values.” || named_person
said || he@@he said, had || Kaine@@Kaine, he said ++ had “a record of getting things done.” || named_person
said || Donald Trump’s campaign || Kaine was “the ultimate insider.” || named_org
was first reported by || CNN || Kaine’s selection || media
''')

doc("g14", '''
Trump Taps Priebus as Chief of Staff, Bannon as Strategist

President-elect Donald Trump named Republican National Committee Chairman Reince Priebus as his White House chief of staff on Sunday, choosing a party insider over campaign chief executive Stephen Bannon, who will serve as chief strategist.

The decision followed days of lobbying by both camps, according to two people familiar with the deliberations. One of them said Trump’s son-in-law, Jared Kushner, had argued that Priebus’s relationships with congressional leaders made him the safer choice.

“Reince is a very talented leader who did a great job working with me,” Trump said in a statement released by his transition team.

Priebus told Fox News on Monday that he and Bannon would be “equal partners” in running the White House. He said Trump was determined to “hit the ground running.”

House Speaker Paul Ryan, a fellow Wisconsin Republican and a longtime friend of Priebus, called the choice “a very good thing for our country.”

The appointment of Bannon drew sharp criticism. The Anti-Defamation League said in a statement that it was “a sad day” when a man who presided over a website associated with white nationalists was named to a senior White House post. Senate Minority Leader Harry Reid’s office said Trump should rescind the appointment.

A transition official, who was not authorized to speak publicly, said Bannon would focus on long-term strategy and would not manage staff. The official said the roles had been defined in a memo circulated to senior aides on Sunday night. The memo, according to the official, gives Priebus authority over hiring.

Several Republican senators said privately they were relieved by the choice of Priebus. “It’s a signal that he wants to govern,” one of them said.

Sean Spicer, the RNC’s chief strategist, will play a senior role in the White House communications operation, according to a person close to the transition.
''', '''
according to || two people familiar with the deliberations || The decision followed days of lobbying by both camps || anonymous
said || One of them || Trump’s son-in-law, Jared Kushner, had argued that Priebus’s relationships with congressional leaders made him the safer choice || anonymous
had argued || Trump’s son-in-law, Jared Kushner || Priebus’s relationships with congressional leaders made him the safer choice || named_person
said || Trump@@Trump said in a statement || “Reince is a very talented leader who did a great job working with me,” || named_person
told || Priebus@@Priebus told || he and Bannon would be “equal partners” in running the White House || named_person
said || He@@He said Trump || Trump was determined to “hit the ground running.” || named_person
called || House Speaker Paul Ryan, a fellow Wisconsin Republican and a longtime friend of Priebus || the choice “a very good thing for our country.” || named_person
said || The Anti-Defamation League || it was “a sad day” when a man who presided over a website associated with white nationalists was named to a senior White House post || named_org
said || Senate Minority Leader Harry Reid’s office || Trump should rescind the appointment || named_org
said || A transition official, who was not authorized to speak publicly || Bannon would focus on long-term strategy and would not manage staff || anonymous
said || The official@@The official said the roles || the roles had been defined in a memo circulated to senior aides on Sunday night || anonymous
according to || the official@@according to the official || The memo@@The memo, according ++ gives Priebus authority over hiring || anonymous
said || Several Republican senators || they were relieved by the choice of Priebus || anonymous
said || one of them@@one of them said || “It’s a signal that he wants to govern,” || anonymous
according to || a person close to the transition || Sean Spicer, the RNC’s chief strategist, will play a senior role in the White House communications operation || anonymous
''')


# ---------------------------------------------------------------- machinery
def _occurrences(text, s, lo=0, hi=None):
    """(start, end) of every occurrence of s in text[lo:hi], respecting word boundaries."""
    hi = len(text) if hi is None else hi
    pat = re.escape(s)
    if re.match(r"\w", s[0]):
        pat = r"(?<!\w)" + pat
    if re.match(r"\w", s[-1]):
        pat = pat + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pat, text)
            if lo <= m.start() and m.end() <= hi]


def _parse(spec):
    if "@@" in spec:
        s, ctx = spec.split("@@", 1)
        return s.strip(), ctx
    return spec.strip(), None


def _ctx_span(text, s, ctx, what):
    n = text.count(ctx)
    assert n == 1, f"{what}: context {ctx!r} occurs {n} times"
    c0 = text.index(ctx)
    occ = _occurrences(text, s, c0, c0 + len(ctx))
    assert occ, f"{what}: {s!r} not in context {ctx!r}"
    return occ[0]


def _gap(a, b):
    """distance between spans a and b (0 if touching/overlapping)"""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _overlaps(a, spans):
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def _paragraphs(text):
    """list of (start, end) of the paragraphs (separated by blank lines)."""
    out, pos = [], 0
    for p in text.split("\n\n"):
        out.append((pos, pos + len(p)))
        pos += len(p) + 2
    return out


def _para_of(paras, i):
    for k, (a, b) in enumerate(paras):
        if a <= i <= b:
            return k
    raise ValueError(i)


def _span(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def _resolve(doc_id, text, line):
    parts = [p.strip() for p in line.split(" || ")]
    assert len(parts) == 4, f"{doc_id}: bad line {line!r}"
    cue_spec, src_spec, con_spec, stype = parts
    assert stype in TYPES, f"{doc_id}: bad type {stype}"
    # content fragments
    frags = []
    for fspec in con_spec.split(" ++ "):
        s, ctx = _parse(fspec)
        if ctx is not None:
            frags.append(_ctx_span(text, s, ctx, f"{doc_id} content"))
        else:
            occ = _occurrences(text, s)
            assert len(occ) == 1, f"{doc_id}: content fragment {s!r} occurs {len(occ)} times"
            frags.append(occ[0])
    for a, b in zip(frags, frags[1:], strict=False):
        assert a[1] <= b[0], f"{doc_id}: fragments out of order in {line!r}"
    con = (frags[0][0], frags[-1][1])
    # cue and source, chosen jointly: the cue lies in a paragraph holding a content
    # fragment, the source in the cue's paragraph; among the candidates the pair with the
    # smallest gap(cue, content) + gap(source, cue) wins (explicit contexts fix a span).
    paras = _paragraphs(text)
    con_paras = {_para_of(paras, a) for a, b in frags}
    s, ctx = _parse(cue_spec)
    if ctx is not None:
        cue_cands = [_ctx_span(text, s, ctx, f"{doc_id} cue")]
    else:
        cue_cands = [o for o in _occurrences(text, s)
                     if not _overlaps(o, frags) and _para_of(paras, o[0]) in con_paras]
    assert cue_cands, f"{doc_id}: cue {s!r} not found near content in {line!r}"
    best = None
    for cue in cue_cands:
        if _overlaps(cue, frags):
            continue
        if src_spec == "-":
            cost, src = _gap(cue, con), None
            cands = [(cost, src)]
        else:
            s2, ctx2 = _parse(src_spec)
            if ctx2 is not None:
                srcs = [_ctx_span(text, s2, ctx2, f"{doc_id} source")]
            else:
                srcs = [o for o in _occurrences(text, s2)
                        if not _overlaps(o, frags + [cue])
                        and _para_of(paras, o[0]) == _para_of(paras, cue[0])]
            cands = [(_gap(cue, con) + _gap(o, cue), o) for o in srcs
                     if not _overlaps(o, frags + [cue])]
        for cost, src in cands:
            key = (cost, cue[0], src[0] if src else -1)
            if best is None or key < best[0]:
                best = (key, cue, src)
    assert best is not None, f"{doc_id}: no cue/source pair for {line!r}"
    _, cue, src = best
    content = _span(text, *con)
    if len(frags) > 1:
        content["fragments"] = [[a, b] for a, b in frags]
    rec = {"cue": _span(text, *cue),
           "source": _span(text, *src) if src else None,
           "content": content,
           "source_type": stype}
    # checks
    for sp in (rec["cue"], rec["source"], rec["content"]):
        if sp is not None:
            assert text[sp["start"]:sp["end"]] == sp["text"]
            assert sp["text"] == sp["text"].strip(), f"{doc_id}: untrimmed span {sp['text']!r}"
    for a, b in frags:
        assert text[a:b] == text[a:b].strip()
        # "that account" (determiner + noun, anaphoric content) is the only allowed "that"-initial span
        assert not text[a:b].startswith("that ") or text[a:b] == "that account", f"{doc_id}: leading that"
        frag = text[a:b]
        if frag.endswith("."):
            # a period may end a span only inside a quote (a quote continued in the next paragraph)
            assert frag[0] in '"\u201c', f"{doc_id}: trailing period outside quote {frag!r}"
    return rec


CURLY = "\u201c\u201d\u2018\u2019"


def _check_text(i, doc_id, text):
    lines = text.split("\n")
    assert lines[0].strip() and lines[1] == "", f"{doc_id}: headline/blank line"
    assert "\n\n\n" not in text
    body = "\n".join(lines[2:])
    words = len(body.split()) + len(lines[0].split())
    assert 250 <= words <= 400, f"{doc_id}: {words} words"
    if i < 7:
        assert not any(c in text for c in CURLY), f"{doc_id}: curly quote in straight half"
        assert '"' in text
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in curly half"
        assert "\u201c" in text
    return words


def build():
    assert len(DOCS) == 14
    out = []
    for i, (doc_id, text, ann) in enumerate(DOCS):
        _check_text(i, doc_id, text)
        atts = [_resolve(doc_id, text, ln) for ln in ann.strip().split("\n") if ln.strip()]
        atts.sort(key=lambda a: a["cue"]["start"])
        keys = [(a["cue"]["start"], a["content"]["start"]) for a in atts]
        assert len(set(keys)) == len(keys), f"{doc_id}: duplicate attribution"
        out.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return out


def _review(recs):
    """Print every attribution in context for checking by eye."""
    for r in recs:
        t = r["text"]
        print(f"===== {r['doc_id']}  ({len(t.split())} words, {len(r['attributions'])} attributions)")
        for a in r["attributions"]:
            marks = [(a["cue"]["start"], "{"), (a["cue"]["end"], "}")]
            if a["source"]:
                marks += [(a["source"]["start"], "["), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "<"), (e, ">")]
            lo = min(m[0] for m in marks) - 10
            hi = max(m[0] for m in marks) + 10
            lo, hi = max(0, lo), min(len(t), hi)
            seg = t[lo:hi]
            for pos, ch in sorted(marks, key=lambda m: -m[0]):
                seg = seg[:pos - lo] + ch + seg[pos - lo:]
            print(f"  {a['source_type']:12} | {seg!r}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    records = build()
    code = write_or_check(records, HERE / "blind7.jsonl", [a for a in argv if a != "--review"],
                          __doc__.split("\n\n")[0])
    if "--review" in argv:
        _review(records)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
