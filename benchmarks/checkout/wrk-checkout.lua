-- Checkouts for wrk (benchmarks/checkout-load.sh, run "(wrk)"): each request is the next of the carts
-- in the file named by the first argument (one JSON body a line, one per restaurant, round robin),
-- under an Idempotency-Key of its own: the run's nonce (second argument), the thread and a counter.
-- wrk counts answers other than 2xx as "Non-2xx or 3xx responses"; CheckoutLoad fails the run on any.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function init(args)
  bodies = {}
  for line in io.lines(args[1]) do
    bodies[#bodies + 1] = line
  end
  nonce = args[2]
  sent = 0
end

function request()
  sent = sent + 1
  local body = bodies[(sent + thread_id) % #bodies + 1]
  return wrk.format("POST", "/api/v1/orders", {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = nonce .. "-" .. thread_id .. "-" .. sent
  }, body)
end
