#!/bin/sh
# Runs nginx and reloads it whenever the worker rewrites the generated server blocks
# (checked every few seconds; a file nginx -t refuses is not loaded, the old one keeps serving).
set -u
CONF_DIR=${NGINX_CONF_DIR:-/var/www/nginx}
INTERVAL=${NGINX_RELOAD_INTERVAL:-3}

nginx -g 'daemon off;' &
NGINX_PID=$!
trap 'kill -QUIT "$NGINX_PID" 2>/dev/null; wait "$NGINX_PID"; exit 0' TERM INT QUIT

loaded=$(cat "$CONF_DIR"/*.conf 2>/dev/null | md5sum)
while kill -0 "$NGINX_PID" 2>/dev/null; do
  sleep "$INTERVAL" & wait $!
  current=$(cat "$CONF_DIR"/*.conf 2>/dev/null | md5sum)
  [ "$current" = "$loaded" ] && continue
  if nginx -t -q; then
    nginx -s reload && loaded=$current
  else
    echo "reload-on-change: nginx -t refused the new configuration; still serving the previous one" >&2
    loaded=$current
  fi
done
wait "$NGINX_PID"
