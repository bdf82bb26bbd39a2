"""Example messages for the offline intent router, one list per intent.

The router matches patterns first, then the nearest example by embedding. Later issues add
intents. Plain data only.
"""

INTENT_EXAMPLES: dict[str, list[str]] = {
    "parse_resume": [
        "here is my resume",
        "please read my CV",
        "can you analyse my resume",
        "parse the attached resume",
        "I uploaded my resume",
        "check out my cv",
        "review my resume please",
    ],
    "show_profile": [
        "show my profile",
        "what did you find in my resume",
        "what skills do I have",
        "list my skills",
        "what's on my profile",
        "show me my education and experience",
        "what do you know about me",
    ],
    "find_skill_gaps": [
        "what skills am I missing for this job",
        "how well does my resume match the job",
        "show me my skill gaps",
        "what do I need to learn for this position",
        "am I qualified for this job",
    ],
    "suggest_roles": [
        "what jobs would suit me",
        "which careers match my background",
        "recommend roles for my profile",
        "what positions should I look for",
    ],
    "review_resume": [
        "how can I make my resume stronger",
        "give me feedback on my cv",
        "what would you change in my resume",
        "any tips to improve my resume",
    ],
    "compare_jobs": [
        "which of my jobs is the best match",
        "rank my job descriptions",
        "compare all the postings I gave you",
    ],
    "help": [
        "help",
        "what can you do",
        "how does this work",
        "what are your features",
        "how do I use this",
        "what should I do first",
        "what are you able to help me with",
        "explain how this coach works",
        "I'm confused, where should I begin",
        "which features do you have",
    ],
    "greeting": [
        "hi",
        "hello there",
        "hey",
        "good morning",
        "hi coach",
    ],
    "thanks": [
        "thanks",
        "thank you so much",
        "cheers",
        "great, thanks",
    ],
    "out_of_scope": [
        "what's the weather tomorrow",
        "tell me a joke",
        "book me a flight to Paris",
        "what is the capital of France",
        "order a pizza",
        "who won the football match",
        "recommend a good restaurant nearby",
        "how do I bake a chocolate cake",
        "write me a short story about dragons",
        "help me with my algebra homework",
        "what's the stock price of Apple",
        "translate this sentence into German",
        "play some music",
        "what movie should I watch tonight",
        "cricket score today",
        "compose a poem about the sea",
    ],
}
